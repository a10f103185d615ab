using System.Net;
using Brink.Web.Tests.Infrastructure;

namespace Brink.Web.Tests.Api;

public class SituationEndpointsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_Running_ReportsOk()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var body = await JsonAssert.ReadAsync(await bench.Client.GetAsync("/api/health", Cancel), HttpStatusCode.OK);
        Assert.Equal("ok", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task List_FreshWorkspace_HoldsTheBundledCases()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var body = await JsonAssert.ReadAsync(await bench.Client.GetAsync("/api/situations", Cancel), HttpStatusCode.OK);
        int bundled = Directory.GetFiles(RepositoryPaths.Combine("data", "cases", "iran"), "*.yaml").Length;
        Assert.Equal(bundled, body.GetArrayLength());
        Assert.All(body.EnumerateArray(), entry => Assert.Equal("iran", entry.GetProperty("focal").GetString()));
    }

    [Fact]
    public async Task Read_ExistingFile_ReturnsItsText()
    {
        await using var bench = await TestWorkbench.StartAsync();
        string text = await bench.Client.GetStringAsync("/api/situations/soleimani-2020.yaml", Cancel);
        Assert.Equal(File.ReadAllText(RepositoryPaths.Combine("data", "cases", "iran", "soleimani-2020.yaml")), text);
    }

    [Fact]
    public async Task Read_MissingFile_Returns404()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var body = await JsonAssert.ReadAsync(await bench.Client.GetAsync("/api/situations/nothing-here.yaml", Cancel), HttpStatusCode.NotFound);
        JsonAssert.IsError(body);
    }

    [Fact]
    public async Task Write_ValidText_SavesAndListsIt()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var response = await bench.Client.PutAsync("/api/situations/my-case.yaml", TestWorkbench.Yaml(TestWorkbench.DemoText), Cancel);
        var body = await JsonAssert.ReadAsync(response, HttpStatusCode.Created);
        Assert.True(body.GetProperty("created").GetBoolean());
        Assert.Equal(TestWorkbench.DemoText, File.ReadAllText(Path.Combine(TestWorkbench.Situations(bench.Workspace), "my-case.yaml")));
    }

    [Fact]
    public async Task Write_InvalidText_Returns400WithLineAndColumnAndSavesNothing()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var (text, line, column) = BadSituation.SeverityNotANumber();
        var body = await JsonAssert.ReadAsync(await bench.Client.PutAsync("/api/situations/broken.yaml", TestWorkbench.Yaml(text), Cancel), HttpStatusCode.BadRequest);
        JsonAssert.IsError(body, line, column);
        Assert.False(File.Exists(Path.Combine(TestWorkbench.Situations(bench.Workspace), "broken.yaml")));
    }

    [Fact]
    public async Task Validate_ValidText_ReturnsNoErrors()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/validate", TestWorkbench.Yaml(TestWorkbench.DemoText), Cancel), HttpStatusCode.OK);
        Assert.Equal(0, body.GetArrayLength());
    }

    [Fact]
    public async Task Validate_BadValue_ReturnsItsLineAndColumn()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var (text, line, column) = BadSituation.SeverityNotANumber();
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/validate", TestWorkbench.Yaml(text), Cancel), HttpStatusCode.OK);
        var first = body.EnumerateArray().First();
        JsonAssert.IsError(first, line, column);
    }

    [Fact]
    public async Task Validate_Oversize_Returns413()
    {
        await using var bench = await TestWorkbench.StartAsync();
        string text = new('#', (1 << 20) + 1);
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/validate", TestWorkbench.Yaml(text), Cancel), HttpStatusCode.RequestEntityTooLarge);
        JsonAssert.IsError(body);
    }
}
