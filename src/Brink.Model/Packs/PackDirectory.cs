using Brink.Games.Text;

namespace Brink.Model.Packs;

/// <summary>
/// Picks the pack for a situation's focal actor from a packs directory (each subdirectory holding a
/// <c>pack.yaml</c>). The CLI passes the directory; <see cref="FindDefault"/> looks for the repository's
/// <c>packs/</c> next to the data.
/// </summary>
public static class PackDirectory
{
    /// <summary>Every pack under <paramref name="packsDirectory"/>, sorted by directory name.</summary>
    public static IReadOnlyList<ModelPack> LoadAll(string packsDirectory)
    {
        ArgumentNullException.ThrowIfNull(packsDirectory);
        return [.. Directory.EnumerateDirectories(packsDirectory)
            .Order(StringComparer.Ordinal)
            .Where(d => File.Exists(Path.Combine(d, PackLoader.FileName)))
            .Select(PackLoader.Load)];
    }

    /// <summary>The first pack (by directory name) whose focal list names <paramref name="focal"/>; throws when none does.</summary>
    public static ModelPack ForFocal(string packsDirectory, string focal)
    {
        ArgumentNullException.ThrowIfNull(focal);
        return LoadAll(packsDirectory).FirstOrDefault(p => p.AppliesTo(focal))
            ?? throw new LocatedFormatException(packsDirectory, 0, 0, PackMessages.PackForFocal + focal, "none");
    }

    /// <summary>
    /// The nearest <c>packs/</c> directory at or above <paramref name="start"/> (a situation file or a data
    /// directory), or null when there is none.
    /// </summary>
    public static string? FindDefault(string start)
    {
        ArgumentNullException.ThrowIfNull(start);
        var directory = new DirectoryInfo(Path.GetFullPath(start));
        while (directory is not null)
        {
            string candidate = Path.Combine(directory.FullName, "packs");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            directory = directory.Parent;
        }

        return null;
    }
}
