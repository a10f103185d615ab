using Brink.Cli.Tests.Golden;
using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Packaging;

/// <summary>
/// No container engine runs here or in CI, so the Dockerfile's build stage is replayed without one: its <c>COPY</c>
/// lines fill a fresh build context (minus what .dockerignore leaves out), its <c>RUN dotnet …</c> lines run there
/// in the file's order, and the published folder — all the runtime stage copies, a native executable — must run
/// <c>brink demo</c>, <c>brink solve</c> and every golden command (byte for byte) and answer the workbench's API
/// from another folder with no .NET on the path, as the image's unprivileged user would. The
/// runtime stage's own lines (the base image, fontconfig, the user) are checked statically in
/// <see cref="PackagingTests"/>.
/// </summary>
[Trait("Category", "Slow")]
public sealed class DockerBuildStageTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("brink-docker-").FullName;

    [Fact]
    public void BuildStage_Replayed_PublishesANativeBrinkThatRunsEveryGoldenCommand()
    {
        string context = Path.Combine(_scratch, "src");
        string app = Path.Combine(_scratch, "app");
        string work = Directory.CreateDirectory(Path.Combine(_scratch, "work")).FullName;
        var buildStage = File.ReadAllLines(RepositoryPaths.Combine("Dockerfile"))
            .SkipWhile(l => !l.StartsWith("FROM ", StringComparison.Ordinal))
            .Skip(1)
            .TakeWhile(l => !l.StartsWith("FROM ", StringComparison.Ordinal))
            .ToList();

        // In the file's order, as Docker builds its layers: the restore sees only what was copied before it.
        int dotnetRuns = 0;
        foreach (var line in buildStage)
        {
            if (line.StartsWith("COPY ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                foreach (var source in parts[1..^1])
                {
                    CopyIntoContext(source, Path.Combine(context, parts[^1].TrimEnd('/')), parts[^1].EndsWith('/'));
                }
            }
            else if (line.StartsWith("RUN dotnet ", StringComparison.Ordinal))
            {
                var arguments = line["RUN dotnet ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(a => a == "/app" ? app : a)
                    .ToArray();
                Run(ChildProcess.Dotnet, arguments, context);
                dotnetRuns++;
            }
        }

        Assert.Equal(2, dotnetRuns);

        // Native: the published brink must not need the SDK's runtime, so run it with no .NET on the path.
        var environment = new Dictionary<string, string?> { ["DOTNET_ROOT"] = null, ["PATH"] = "/usr/bin:/bin", ["BRINK_STORE"] = Path.Combine(work, "runs.db") };
        string brink = Path.Combine(app, "brink");
        Assert.False(File.Exists(Path.Combine(app, "brink.dll")), "the build stage published a JIT build, not the native executable");
        Assert.Contains("iran-2025-fordow", Run(brink, ["demo"], work, environment), StringComparison.Ordinal);
        Assert.Equal("NE,0,1,0,1", Run(brink, ["solve", RepositoryPaths.Combine("data", "games", "pd.nfg")], work, environment).Trim());

        // Native AOT has no JIT to fall back on: whatever needs reflection or generated code fails only there. So
        // every golden command runs again through the native executable and must print the in-process bytes.
        var differing = new List<string>();
        foreach (var golden in GoldenOutputTests.Commands)
        {
            var (name, arguments) = golden.Data;
            var (exit, output, error) = ChildProcess.Run(brink, [.. arguments.Select(GoldenOutputTests.Absolute)], work, TimeSpan.FromMinutes(2), environment);
            string actual = GoldenOutputTests.Normalise(exit, output, error, app);
            if (actual != File.ReadAllText(GoldenOutputTests.ExpectedFile(name)))
            {
                differing.Add($"{name}:\n{actual}");
            }
        }

        Assert.True(differing.Count == 0, "the native brink differs from the golden files on " + string.Join("\n", differing));
        WorkbenchAnswers(brink, work, environment);
    }

    // The workbench's JSON API and its OpenAPI document serialise through generated metadata; a type missing from it
    // fails only in the native build, at the first request.
    private static void WorkbenchAnswers(string brink, string work, Dictionary<string, string?> environment)
    {
        using var server = ChildProcess.StartWatched(brink, ["serve", "--port", "0", "--workspace", Path.Combine(work, "workspace")], work, environment);
        string url = server.WaitForLine(line => line.StartsWith("Brink workbench on ", StringComparison.Ordinal), TimeSpan.FromSeconds(30))
            .Split(' ')[3];
        using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        foreach (var path in new[] { "/", "/api/situations", "/openapi/v1.json" })
        {
            using var response = client.GetAsync(path).GetAwaiter().GetResult();
            Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode} in the native build");
        }

        using var body = new StringContent(File.ReadAllText(RepositoryPaths.Combine("data", "situations", "iran-2025-fordow.yaml")), System.Text.Encoding.UTF8, "application/yaml");
        using var predicted = client.PostAsync("/api/predict", body).GetAwaiter().GetResult();
        string json = predicted.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        Assert.True(predicted.IsSuccessStatusCode, $"POST /api/predict answered {(int)predicted.StatusCode} in the native build: {json}");
        Assert.Contains("\"probabilities\"", json, StringComparison.Ordinal);

        // A JSON body: read through generated metadata too.
        string yaml = File.ReadAllText(RepositoryPaths.Combine("data", "situations", "iran-2025-fordow.yaml"));
        string request = new System.Text.Json.Nodes.JsonObject { ["left"] = yaml, ["right"] = yaml, ["draws"] = 0 }.ToJsonString();
        using var compareBody = new StringContent(request, System.Text.Encoding.UTF8, "application/json");
        using var compared = client.PostAsync("/api/compare", compareBody).GetAwaiter().GetResult();
        string comparison = compared.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        Assert.True(compared.IsSuccessStatusCode, $"POST /api/compare answered {(int)compared.StatusCode} in the native build: {comparison}");
        Assert.Contains("\"differences\"", comparison, StringComparison.Ordinal);
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
