using System.Security.Cryptography;

namespace Brink.Analysis.Fitting;

/// <summary>SHA-256 of input files' bytes in the order given (lower-case hex), to record what a fit or run saw.</summary>
public static class DataHash
{
    /// <summary>Hashes the files' contents, each followed by its length so boundaries count.</summary>
    public static string Of(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            byte[] bytes = File.ReadAllBytes(path);
            hash.AppendData(bytes);
            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
