namespace Brink.Web.Tests.Infrastructure;

/// <summary>Locates the repository root (the folder with Brink.slnx) from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Brink.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Brink.slnx not found above " + AppContext.BaseDirectory);
    }
}
