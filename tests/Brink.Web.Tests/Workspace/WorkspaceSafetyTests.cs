using System.Net;
using Brink.Web.Tests.Infrastructure;

namespace Brink.Web.Tests.Workspace;

public class WorkspaceSafetyTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/situations/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/situations/..%2Fsecret.yaml")]
    [InlineData("/api/situations/%2Fetc%2Fpasswd")]
    [InlineData("/api/situations/.hidden.yaml")]
    [InlineData("/api/situations/notes.txt")]
    [InlineData("/api/situations/..")]
    public async Task Read_NameOutsideWorkspace_Returns400(string path)
    {
        await using var bench = await TestWorkbench.StartAsync();
        var response = await bench.Client.GetAsync(path, Cancel);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
        JsonAssert.IsError(await JsonAssert.ReadAsync(response, response.StatusCode));
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_DotDotName_Returns400AndWritesNothingOutside()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var response = await bench.Client.PutAsync("/api/situations/..%2Fescaped.yaml", TestWorkbench.Yaml(TestWorkbench.DemoText), Cancel);
        JsonAssert.IsError(await JsonAssert.ReadAsync(response, HttpStatusCode.BadRequest));
        Assert.False(File.Exists(Path.Combine(bench.Workspace, "escaped.yaml")));
    }

    [Fact]
    public async Task Read_SymlinkToOutside_Returns400()
    {
        await using var bench = await TestWorkbench.StartAsync();
        string outside = Path.Combine(Path.GetTempPath(), $"brink-outside-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(outside, TestWorkbench.DemoText);
        try
        {
            File.CreateSymbolicLink(Path.Combine(TestWorkbench.Situations(bench.Workspace), "link.yaml"), outside);
            var read = await bench.Client.GetAsync("/api/situations/link.yaml", Cancel);
            JsonAssert.IsError(await JsonAssert.ReadAsync(read, HttpStatusCode.BadRequest));
            var write = await bench.Client.PutAsync("/api/situations/link.yaml", TestWorkbench.Yaml(TestWorkbench.DemoText + "\n# changed\n"), Cancel);
            JsonAssert.IsError(await JsonAssert.ReadAsync(write, HttpStatusCode.BadRequest));
            Assert.Equal(TestWorkbench.DemoText, File.ReadAllText(outside));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public async Task Open_EmptyWorkspace_IsSeededWithTheBundledCases()
    {
        await using var bench = await TestWorkbench.StartAsync();
        Assert.Equal(
            Directory.GetFiles(RepositoryPaths.Combine("data", "cases", "iran"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(TestWorkbench.Situations(bench.Workspace), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
