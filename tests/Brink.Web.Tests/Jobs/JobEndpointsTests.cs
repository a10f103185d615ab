using System.Net;
using Brink.Web.Tests.Infrastructure;

namespace Brink.Web.Tests.Jobs;

public class JobEndpointsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SimulateJob_SmallRun_ReportsProgressAndTheSameResultAsSimulate()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var view = await JobPolling.RunAsync(bench.Client, "/api/jobs/simulate?runs=300&horizon=3&seed=5", TestWorkbench.Yaml(TestWorkbench.DemoText));
        Assert.Equal("simulate", view.GetProperty("kind").GetString());
        Assert.Equal(1.0, view.GetProperty("progress").GetDouble());
        Assert.Equal(300, view.GetProperty("total").GetInt32());
        Assert.True(view.GetProperty("run_id").GetInt64() > 0);

        var direct = await bench.Client.PostAsync("/api/simulate?runs=300&horizon=3&seed=5", TestWorkbench.Yaml(TestWorkbench.DemoText), Cancel);
        string expected = await direct.Content.ReadAsStringAsync(Cancel);
        Assert.True(System.Text.Json.JsonElement.DeepEquals(System.Text.Json.JsonDocument.Parse(expected).RootElement, view.GetProperty("result")), "the job's result differs from /api/simulate's");
    }

    [Fact]
    public async Task SimulateJob_Cancelled_StopsAndRecordsNothing()
    {
        await using var bench = await TestWorkbench.StartAsync();
        // Long enough that it cannot finish before the cancel arrives: 20,000 runs of 600 steps.
        var job = await JobPolling.StartAsync(bench.Client, "/api/jobs/simulate?runs=20000&horizon=600", TestWorkbench.Yaml(TestWorkbench.DemoText));
        string id = job.GetProperty("id").GetString()!;
        var cancelled = await JsonAssert.ReadAsync(await bench.Client.DeleteAsync($"/api/jobs/{id}", Cancel), HttpStatusCode.OK);
        Assert.Equal("cancelled", cancelled.GetProperty("state").GetString());
        var final = await JobPolling.WaitAsync(bench.Client, job);
        Assert.Equal("cancelled", final.GetProperty("state").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, final.GetProperty("result").ValueKind);

        var runs = await JsonAssert.ReadAsync(await bench.Client.GetAsync("/api/runs", Cancel), HttpStatusCode.OK);
        Assert.Equal(0, runs.GetArrayLength());
        Assert.False(Directory.Exists(Path.Combine(bench.Workspace, "runs")) && Directory.EnumerateFiles(Path.Combine(bench.Workspace, "runs")).Any());
    }

    [Fact]
    public async Task CancelPost_RunningJob_Cancels()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var job = await JobPolling.StartAsync(bench.Client, "/api/jobs/simulate?runs=20000&horizon=600", TestWorkbench.Yaml(TestWorkbench.DemoText));
        var cancelled = await JsonAssert.ReadAsync(await bench.Client.PostAsync($"/api/jobs/{job.GetProperty("id").GetString()}/cancel", null, Cancel), HttpStatusCode.OK);
        Assert.Equal("cancelled", cancelled.GetProperty("state").GetString());
    }

    [Fact]
    public async Task SimulateJob_BadValue_Returns400WithLineAndColumnBeforeStarting()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var (text, line, column) = BadSituation.SeverityNotANumber();
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/jobs/simulate?runs=10", TestWorkbench.Yaml(text), Cancel), HttpStatusCode.BadRequest);
        JsonAssert.IsError(body, line, column);
    }

    [Fact]
    public async Task SimulateJob_TooManyRuns_Returns400()
    {
        await using var bench = await TestWorkbench.StartAsync();
        JsonAssert.IsError(await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/jobs/simulate?runs=20001", TestWorkbench.Yaml(TestWorkbench.DemoText), Cancel), HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task SimulateJob_OversizeBody_Returns413()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/jobs/simulate", TestWorkbench.Yaml(new string('#', (1 << 20) + 1)), Cancel), HttpStatusCode.RequestEntityTooLarge);
        JsonAssert.IsError(body);
    }

    [Fact]
    public async Task StartJob_FourRunning_Returns429()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var running = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            running.Add((await JobPolling.StartAsync(bench.Client, "/api/jobs/simulate?runs=20000&horizon=600", TestWorkbench.Yaml(TestWorkbench.DemoText))).GetProperty("id").GetString()!);
        }

        var refused = await bench.Client.PostAsync("/api/jobs/simulate?runs=10&horizon=1", TestWorkbench.Yaml(TestWorkbench.DemoText), Cancel);
        foreach (string id in running)
        {
            await bench.Client.DeleteAsync($"/api/jobs/{id}", Cancel);
        }

        JsonAssert.IsError(await JsonAssert.ReadAsync(refused, HttpStatusCode.TooManyRequests));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("DELETE")]
    public async Task UnknownJob_Returns404(string method)
    {
        await using var bench = await TestWorkbench.StartAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/jobs/nosuchjob");
        JsonAssert.IsError(await JsonAssert.ReadAsync(await bench.Client.SendAsync(request, Cancel), HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Cancel_CrossSiteOrigin_Returns403AndTheJobRuns()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var job = await JobPolling.StartAsync(bench.Client, "/api/jobs/simulate?runs=200&horizon=2", TestWorkbench.Yaml(TestWorkbench.DemoText));
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/jobs/{job.GetProperty("id").GetString()}");
        request.Headers.Add("Origin", "http://evil.example");
        await JsonAssert.ReadAsync(await bench.Client.SendAsync(request, Cancel), HttpStatusCode.Forbidden);
        Assert.Equal("done", (await JobPolling.WaitAsync(bench.Client, job)).GetProperty("state").GetString());
    }
}
