namespace Brink.Cli.Infrastructure;

/// <summary>
/// Finds the data and packs shipped with the tool: copied beside the executable at build time, or, when run
/// from a source tree, in the repository.
/// </summary>
internal static class BundledData
{
    public static string Root => FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string PacksDirectory => Path("packs");

    private static string FindRoot()
    {
        var beside = AppContext.BaseDirectory;
        if (Directory.Exists(System.IO.Path.Combine(beside, "data")))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Brink.slnx")))
            {
                return dir.FullName;
            }
        }

        return beside;
    }
}
