using System.Net;
using System.Text.Json;
using Brink.Cli;
using Brink.Cli.Infrastructure;
using Brink.Web.Tests.Infrastructure;

namespace Brink.Web.Tests.Api;

public class BacktestEndpointsTests
{
    private static readonly string[] Cases = ["afghan-war-2001.yaml", "ahvaz-parade-2018.yaml", "axis-of-evil-2002.yaml"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static StringContent Body(object value) => TestWorkbench.Json(ReflectionJson.Serialize(value));

    [Fact]
    public async Task BacktestJob_InSample_ReportIsTheCliJsonAndTheTableScoresEachCase()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var view = await JobPolling.RunAsync(bench.Client, "/api/jobs/backtest", Body(new { cases = Cases, in_sample = true }));
        var result = view.GetProperty("result");

        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] files = [.. Cases.Select(c => RepositoryPaths.Combine("data", "cases", "iran", c))];
        int exit = BrinkApp.Run(["backtest", .. files, "--in-sample", "--json", "--no-store"], new CliConsole(output, error, interactive: false));
        Assert.Equal(0, exit);
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(output.ToString()).RootElement, result.GetProperty("report")), "the report differs from brink backtest --json");

        var report = result.GetProperty("report");
        var rows = result.GetProperty("per_case").EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        AssertNear.Equal(report.GetProperty("brier").GetDouble(), rows.Average(r => r.GetProperty("brier").GetDouble()), 1e-12);
        foreach (var (row, scored) in rows.Zip(report.GetProperty("per_case").EnumerateArray()))
        {
            Assert.Equal(scored.GetProperty("evaluation").GetString(), row.GetProperty("evaluation").GetString());
            double actual = scored.GetProperty("probabilities").GetProperty(scored.GetProperty("actual").GetString()!).GetDouble();
            AssertNear.Equal(actual, row.GetProperty("probability_of_actual").GetDouble(), 0);
        }
    }

    [Fact]
    public async Task BacktestJob_Cancelled_RecordsNothing()
    {
        await using var bench = await TestWorkbench.StartAsync();
        // Every workspace case, leave-one-out: minutes of refits, so the cancel lands mid-run.
        var job = await JobPolling.StartAsync(bench.Client, "/api/jobs/backtest", null);
        var cancelled = await JsonAssert.ReadAsync(await bench.Client.DeleteAsync($"/api/jobs/{job.GetProperty("id").GetString()}", Cancel), HttpStatusCode.OK);
        Assert.Equal("cancelled", cancelled.GetProperty("state").GetString());
        Assert.Equal(0, (await JsonAssert.ReadAsync(await bench.Client.GetAsync("/api/runs", Cancel), HttpStatusCode.OK)).GetArrayLength());
    }

    [Fact]
    public async Task BacktestJob_OneCase_Returns400()
    {
        await using var bench = await TestWorkbench.StartAsync();
        JsonAssert.IsError(await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/jobs/backtest", Body(new { cases = Cases[..1] }), Cancel), HttpStatusCode.BadRequest));
    }

    [Theory]
    [InlineData("no-such-case.yaml")]
    [InlineData("../escape.yaml")]
    public async Task BacktestJob_UnknownOrEscapingName_Returns400(string name)
    {
        await using var bench = await TestWorkbench.StartAsync();
        JsonAssert.IsError(await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/jobs/backtest", Body(new { cases = new[] { Cases[0], name } }), Cancel), HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task BacktestJob_ASituationWithoutOutcome_Returns400()
    {
        await using var bench = await TestWorkbench.StartAsync();
        await bench.Client.PutAsync("/api/situations/demo.yaml", TestWorkbench.Yaml(TestWorkbench.DemoText), Cancel);
        JsonAssert.IsError(await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/jobs/backtest", Body(new { cases = new[] { Cases[0], "demo.yaml" } }), Cancel), HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task BacktestJob_OversizeBody_Returns413()
    {
        await using var bench = await TestWorkbench.StartAsync();
        JsonAssert.IsError(await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/jobs/backtest", TestWorkbench.Json(new string(' ', (1 << 20) + 1)), Cancel), HttpStatusCode.RequestEntityTooLarge));
    }
}
