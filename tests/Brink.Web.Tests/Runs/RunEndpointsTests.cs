using System.Net;
using System.Text.Json;
using Brink.Cli;
using Brink.Cli.Infrastructure;
using Brink.Web.Tests.Infrastructure;

namespace Brink.Web.Tests.Runs;

public class RunEndpointsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<(long Id, string Answer)> SimulateAsync(TestWorkbench bench)
    {
        var response = await bench.Client.PostAsync("/api/simulate?runs=100&horizon=2&seed=3", TestWorkbench.Yaml(TestWorkbench.DemoText), Cancel);
        string answer = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var runs = await JsonAssert.ReadAsync(await bench.Client.GetAsync("/api/runs", Cancel), HttpStatusCode.OK);
        return (runs[0].GetProperty("id").GetInt64(), answer);
    }

    [Fact]
    public async Task Simulate_IsRecorded_ListedAndShownWithItsResult()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var (id, answer) = await SimulateAsync(bench);
        var runs = await JsonAssert.ReadAsync(await bench.Client.GetAsync("/api/runs", Cancel), HttpStatusCode.OK);
        Assert.Equal(1, runs.GetArrayLength());
        Assert.Equal("simulate", runs[0].GetProperty("kind").GetString());
        Assert.Equal(3UL, runs[0].GetProperty("seed").GetUInt64());
        Assert.False(runs[0].TryGetProperty("result_json", out _));
        Assert.Equal(
            ["id", "kind", "started_at", "arguments", "inputs_sha256", "pack", "pack_version", "brink_version", "seed", "elapsed_ms"],
            runs[0].EnumerateObject().Select(p => p.Name));

        var run = await JsonAssert.ReadAsync(await bench.Client.GetAsync($"/api/runs/{id}", Cancel), HttpStatusCode.OK);
        Assert.Equal(answer, run.GetProperty("result_json").GetString());
        Assert.Equal("simulate", run.GetProperty("arguments")[0].GetString());
    }

    [Fact]
    public async Task Rerun_WorkbenchRun_ReproducesExactly_InTheWorkbenchAndWithTheCli()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var (id, _) = await SimulateAsync(bench);
        var view = await JobPolling.RunAsync(bench.Client, $"/api/runs/{id}/rerun", null);
        Assert.True(view.GetProperty("result").GetProperty("reproduced").GetBoolean(), view.ToString());

        // The recorded command line is the CLI's: brink runs rerun repeats it from the same store.
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = BrinkApp.Run(["runs", "rerun", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--store", Path.Combine(bench.Workspace, "runs.db")], new CliConsole(output, error, interactive: false));
        Assert.True(exit == 0, output.ToString() + error);
        Assert.Contains("reproduced exactly", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_RecordedRun_IsBrinkReportsHtml()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var (id, _) = await SimulateAsync(bench);
        var response = await bench.Client.GetAsync($"/api/runs/{id}/report", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        string html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains($"Brink simulate run {id}", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_RecordedRun_RemovesIt()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var (id, _) = await SimulateAsync(bench);
        await JsonAssert.ReadAsync(await bench.Client.DeleteAsync($"/api/runs/{id}", Cancel), HttpStatusCode.OK);
        JsonAssert.IsError(await JsonAssert.ReadAsync(await bench.Client.GetAsync($"/api/runs/{id}", Cancel), HttpStatusCode.NotFound));
        JsonAssert.IsError(await JsonAssert.ReadAsync(await bench.Client.DeleteAsync($"/api/runs/{id}", Cancel), HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Delete_CrossSiteOrigin_Returns403AndKeepsTheRun()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var (id, _) = await SimulateAsync(bench);
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/runs/{id}");
        request.Headers.Add("Origin", "http://evil.example");
        JsonAssert.IsError(await JsonAssert.ReadAsync(await bench.Client.SendAsync(request, Cancel), HttpStatusCode.Forbidden));
        await JsonAssert.ReadAsync(await bench.Client.GetAsync($"/api/runs/{id}", Cancel), HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("GET", "/api/runs/999")]
    [InlineData("GET", "/api/runs/999/report")]
    [InlineData("POST", "/api/runs/999/rerun")]
    public async Task UnknownRun_Returns404(string method, string path)
    {
        await using var bench = await TestWorkbench.StartAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        JsonAssert.IsError(await JsonAssert.ReadAsync(await bench.Client.SendAsync(request, Cancel), HttpStatusCode.NotFound));
    }

    [Theory]
    [InlineData("/api/runs?limit=0")]
    [InlineData("/api/runs?limit=1001")]
    public async Task List_BadLimit_Returns400(string path)
    {
        await using var bench = await TestWorkbench.StartAsync();
        JsonAssert.IsError(await JsonAssert.ReadAsync(await bench.Client.GetAsync(path, Cancel), HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task List_EmptyWorkspace_IsAnEmptyList()
    {
        await using var bench = await TestWorkbench.StartAsync();
        Assert.Equal(JsonValueKind.Array, (await JsonAssert.ReadAsync(await bench.Client.GetAsync("/api/runs", Cancel), HttpStatusCode.OK)).ValueKind);
    }
}
