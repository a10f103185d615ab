namespace Brink.Cli.Infrastructure;

/// <summary>Checks input paths before any work so a missing file is one clear line and exit code 2.</summary>
internal static class InputFiles
{
    public static string RequireFile(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"{path}: file not found", path);

    public static string RequireDirectory(string path) =>
        Directory.Exists(path) ? path : throw new DirectoryNotFoundException($"{path}: directory not found");
}
