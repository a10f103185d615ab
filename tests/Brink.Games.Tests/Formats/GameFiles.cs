namespace Brink.Games.Tests.Formats;

/// <summary>Finds the bundled games in data/games from the test's output folder.</summary>
internal static class GameFiles
{
    /// <summary>At least this many bundled games, so the collection cannot shrink unnoticed.</summary>
    public const int Minimum = 50;

    private static readonly Lazy<string> Folder = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Brink.slnx")))
            {
                return Path.Combine(directory.FullName, "data", "games");
            }
        }

        throw new InvalidOperationException("Brink.slnx not found above " + AppContext.BaseDirectory);
    });

    public static string Directory => Folder.Value;

    public static IReadOnlyList<string> Names =>
        [.. System.IO.Directory.EnumerateFiles(Directory)
            .Where(f => f.EndsWith(".nfg", StringComparison.Ordinal) || f.EndsWith(".efg", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

    public static string PathOf(string name) => Path.Combine(Directory, name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names)
        {
            data.Add(name);
        }

        return data;
    }
}
