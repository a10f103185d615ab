using System.Globalization;
using Brink.Cli.Infrastructure;
using Brink.Games.Solvers.QuantalResponse;

namespace Brink.Cli.Commands.Sweep;

/// <summary>Parses <c>--shard K/N</c> (1-based K) into a 0-based index and a count.</summary>
internal static class ShardOption
{
    public static (int Index, int Count) Parse(string? text)
    {
        if (text is null)
        {
            return (0, 1);
        }

        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && n >= 1 && k >= 1 && k <= n)
        {
            return (k - 1, n);
        }

        throw new UsageException($"--shard: expected K/N with 1 <= K <= N, found '{text}'");
    }
}
