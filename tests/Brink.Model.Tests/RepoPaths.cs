namespace Brink.Model.Tests;

/// <summary>Paths of the repository's bundled data, found by walking up from the test binary.</summary>
internal static class RepoPaths
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Directory.Build.props")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
        }
    }

    public static string IranCases => Path.Combine(Root, "data", "cases", "iran");

    public static string Packs => Path.Combine(Root, "packs");

    public static string IranPack => Path.Combine(Packs, "iran");
}
