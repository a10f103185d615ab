using System.IO.Compression;
using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Packaging;

/// <summary>
/// The packages are what a .NET user receives, so they are built and used the way a user would: the tool is packed,
/// installed into a temporary tool path and run; the libraries' packages carry their XML docs and README. The
/// projects are packed from the binaries this test run was built from (no second build).
/// </summary>
public class PackagingTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly string _scratch = Directory.CreateTempSubdirectory("brink-pack-").FullName;

    [Fact]
    public void Tool_PackedAndInstalled_SolvesAGame()
    {
        string feed = Path.Combine(_scratch, "feed");
        string tools = Path.Combine(_scratch, "tools");
        Pack("src/Brink.Cli/Brink.Cli.csproj", feed);

        Run(ChildProcess.Dotnet, ["tool", "install", "brink", "--tool-path", tools, "--add-source", feed], _scratch);
        string output = Run(Path.Combine(tools, "brink"), ["solve", RepositoryPaths.Combine("data", "games", "pd.nfg"), "--method", "enumpure"], _scratch);

        Assert.Equal("NE,0,1,0,1", output.Trim());
    }

    [Theory]
    [InlineData("Brink.Games")]
    [InlineData("Brink.Model")]
    public void Library_Package_CarriesXmlDocsAndReadme(string project)
    {
        string feed = Path.Combine(_scratch, "feed");
        Pack($"src/{project}/{project}.csproj", feed);

        string package = Assert.Single(Directory.GetFiles(feed, project + ".*.nupkg"), p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
        using var archive = ZipFile.OpenRead(package);
        var entries = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Contains($"lib/net10.0/{project}.dll", entries);
        Assert.Contains($"lib/net10.0/{project}.xml", entries);
        Assert.Contains("README.md", entries);
        Assert.True(File.Exists(Path.ChangeExtension(package, ".snupkg")), "symbols package missing beside " + package);
    }

    [Fact]
    public void Dockerfile_CopiesOnlyWhatExists_AndRunsUnprivileged()
    {
        // No container engine runs in CI, so the file is checked for the faults a rename would introduce.
        var lines = File.ReadAllLines(RepositoryPaths.Combine("Dockerfile"));
        var missing = lines
            .Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from=", StringComparison.Ordinal))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1])
            .Where(source => !File.Exists(RepositoryPaths.Combine(source)) && !Directory.Exists(RepositoryPaths.Combine(source)))
            .ToList();

        Assert.Empty(missing);
        Assert.Contains(lines, l => l.StartsWith("USER ", StringComparison.Ordinal) && !l.Contains("root", StringComparison.Ordinal));
        Assert.Equal(2, lines.Count(l => l.StartsWith("FROM ", StringComparison.Ordinal)));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; failing the test over it is not.
        }

        GC.SuppressFinalize(this);
    }

    private void Pack(string project, string feed) =>
        Run(ChildProcess.Dotnet, ["pack", RepositoryPaths.Combine(project), "--no-build", "-c", Configuration, "-o", feed, "--nologo"], _scratch);

    private static string Run(string file, string[] arguments, string directory)
    {
        var (exit, stdout, stderr) = ChildProcess.Run(file, arguments, directory, TimeSpan.FromMinutes(10));
        Assert.True(exit == 0, $"{file} {string.Join(' ', arguments)} exited {exit}:\n{stdout}\n{stderr}");
        return stdout;
    }
}
