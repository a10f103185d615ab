namespace Brink.Cli.Infrastructure;

/// <summary>Expands command-line paths into situation files: files as given, folders to their YAML files in sorted order.</summary>
internal static class SituationPaths
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(InputFiles.RequireFile(path));
            }
        }

        return files;
    }
}
