using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Packaging;

/// <summary>
/// No container engine runs here or in CI, so the Dockerfile's build stage is replayed without one: its <c>COPY</c>
/// lines fill a fresh build context (minus what .dockerignore leaves out), its <c>RUN dotnet …</c> lines run there
/// in order, and the published folder — all the runtime stage copies — must run <c>brink demo</c> and
/// <c>brink solve</c> from another folder with no .NET on the path, as the image's unprivileged user would. The
/// runtime stage's own lines (the base image, fontconfig, the user) are checked statically in
/// <see cref="PackagingTests"/>.
/// </summary>
[Trait("Category", "Slow")]
public sealed class DockerBuildStageTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("brink-docker-").FullName;

    [Fact]
    public void BuildStage_Replayed_PublishesASelfContainedBrinkThatRuns()
    {
        string context = Path.Combine(_scratch, "src");
        string app = Path.Combine(_scratch, "app");
        string work = Directory.CreateDirectory(Path.Combine(_scratch, "work")).FullName;
        var buildStage = File.ReadAllLines(RepositoryPaths.Combine("Dockerfile"))
            .SkipWhile(l => !l.StartsWith("FROM ", StringComparison.Ordinal))
            .Skip(1)
            .TakeWhile(l => !l.StartsWith("FROM ", StringComparison.Ordinal))
            .ToList();

        foreach (var line in buildStage.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal)))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var source in parts[1..^1])
            {
                CopyIntoContext(source, Path.Combine(context, parts[^1].TrimEnd('/')), parts[^1].EndsWith('/'));
            }
        }

        var runs = buildStage.Where(l => l.StartsWith("RUN dotnet ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, runs.Count);
        foreach (var line in runs)
        {
            var arguments = line["RUN dotnet ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(a => a == "/app" ? app : a)
                .ToArray();
            Run(ChildProcess.Dotnet, arguments, context);
        }

        // Self-contained: the published brink must not need the SDK's runtime, so run it with no .NET on the path.
        var environment = new Dictionary<string, string?> { ["DOTNET_ROOT"] = null, ["PATH"] = "/usr/bin:/bin", ["BRINK_STORE"] = Path.Combine(work, "runs.db") };
        string brink = Path.Combine(app, "brink");
        Assert.Contains("iran-2025-fordow", Run(brink, ["demo"], work, environment), StringComparison.Ordinal);
        Assert.Equal("NE,0,1,0,1", Run(brink, ["solve", RepositoryPaths.Combine("data", "games", "pd.nfg")], work, environment).Trim());
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
    }

    // Docker's rules: a file goes into a destination ending in '/' under its own name, else to the destination; a
    // folder's contents go into the destination. .dockerignore leaves out every bin/ and obj/ folder, so the build
    // starts as clean as a fresh clone's.
    private static void CopyIntoContext(string source, string target, bool targetIsFolder)
    {
        string from = RepositoryPaths.Combine(source.TrimEnd('/'));
        if (File.Exists(from))
        {
            string destination = targetIsFolder ? Path.Combine(target, Path.GetFileName(from)) : target;
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(from, destination, overwrite: true);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "TestResults"))
            {
                continue;
            }

            string destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }

    private static string Run(string file, string[] arguments, string directory, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var (exit, stdout, stderr) = ChildProcess.Run(file, arguments, directory, TimeSpan.FromMinutes(10), environment);
        Assert.True(exit == 0, $"{file} {string.Join(' ', arguments)} exited {exit}:\n{stdout}\n{stderr}");
        return stdout;
    }
}
