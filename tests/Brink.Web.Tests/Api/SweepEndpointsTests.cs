using System.Net;
using Brink.Analysis.Sweeps;
using Brink.Model.Dynamics;
using Brink.Model.Packs;
using Brink.Model.Situations;
using Brink.Web.Tests.Infrastructure;

namespace Brink.Web.Tests.Api;

public class SweepEndpointsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Body(string x = "state.sanctions", string y = "state.military_parity", string output = "p_major", int levels = 3, int replications = 0, string? situation = null) =>
        ReflectionJson.Serialize(new
        {
            situation = situation ?? TestWorkbench.DemoText,
            x = new { path = x, low = 0.0, high = 1.0, levels },
            y = new { path = y, low = 0.2, high = 0.8, levels },
            output,
            replications,
            horizon = 2,
        });

    [Fact]
    public async Task SweepJob_TwoAxes_AnswersTheHeatMapOfTheCliSweeper()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var view = await JobPolling.RunAsync(bench.Client, "/api/jobs/sweep", TestWorkbench.Json(Body()));
        var result = view.GetProperty("result");
        Assert.Equal("p_major", result.GetProperty("output").GetString());
        Assert.Equal([0.0, 0.5, 1.0], result.GetProperty("x_values").EnumerateArray().Select(v => v.GetDouble()));
        var values = result.GetProperty("heatmap").GetProperty("values");

        // The same Sweeper and heat map brink sweep uses, called directly.
        var situation = SituationLoader.Parse(TestWorkbench.DemoText, "demo.yaml");
        var pack = PackDirectory.LoadAll(RepositoryPaths.Combine("packs")).First(p => p.AppliesTo(situation.Focal));
        var dynamics = DynamicsLoader.Load(Path.Combine(Path.GetDirectoryName(pack.SourcePath)!, "dynamics.yaml"));
        var expected = SweepHeatmap.Of(
            Sweeper.Run(situation, pack, dynamics, [new SweepAxis("state.sanctions", 0, 1, 3), new SweepAxis("state.military_parity", 0.2, 0.8, 3)], new SweepOptions(Replications: 0, Horizon: 2), cancellationToken: Cancel),
            "p_major")!;
        for (int r = 0; r < 3; r++)
        {
            for (int c = 0; c < 3; c++)
            {
                AssertNear.Equal(expected.Values[r][c], values[r][c].GetDouble(), 1e-12);
            }
        }

        var runs = await JsonAssert.ReadAsync(await bench.Client.GetAsync("/api/runs?kind=sweep", Cancel), HttpStatusCode.OK);
        Assert.Equal(view.GetProperty("run_id").GetInt64(), runs[0].GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("state.nothing", "state.military_parity", "p_major", 3, 0)]
    [InlineData("state.sanctions", "state.sanctions", "p_major", 3, 0)]
    [InlineData("state.sanctions", "state.military_parity", "p_maybe", 3, 0)]
    [InlineData("state.sanctions", "state.military_parity", "war", 3, 0)]
    [InlineData("state.sanctions", "state.military_parity", "p_major", 1, 0)]
    [InlineData("state.sanctions", "state.military_parity", "p_major", 22, 0)]
    [InlineData("state.sanctions", "state.military_parity", "p_major", 3, 1001)]
    public async Task SweepJob_BadRequest_Returns400(string x, string y, string output, int levels, int replications)
    {
        await using var bench = await TestWorkbench.StartAsync();
        JsonAssert.IsError(await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/jobs/sweep", TestWorkbench.Json(Body(x, y, output, levels, replications)), Cancel), HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task SweepJob_BadSituation_Returns400WithLineAndColumn()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var (text, line, column) = BadSituation.SeverityNotANumber();
        JsonAssert.IsError(await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/jobs/sweep", TestWorkbench.Json(Body(situation: text)), Cancel), HttpStatusCode.BadRequest), line, column);
    }

    [Fact]
    public async Task SweepJob_BrokenJson_Returns400()
    {
        await using var bench = await TestWorkbench.StartAsync();
        JsonAssert.IsError(await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/jobs/sweep", TestWorkbench.Json("{\"x\": nope}"), Cancel), HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task SweepJob_OversizeBody_Returns413()
    {
        await using var bench = await TestWorkbench.StartAsync();
        JsonAssert.IsError(await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/jobs/sweep", TestWorkbench.Json(new string(' ', (1 << 20) + 1)), Cancel), HttpStatusCode.RequestEntityTooLarge));
    }

    [Fact]
    public async Task SweepJob_Cancelled_RecordsNothing()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var job = await JobPolling.StartAsync(bench.Client, "/api/jobs/sweep", TestWorkbench.Json(Body(levels: 21, replications: 1000).Replace("\"horizon\":2", "\"horizon\":600", StringComparison.Ordinal)));
        await bench.Client.DeleteAsync($"/api/jobs/{job.GetProperty("id").GetString()}", Cancel);
        Assert.Equal("cancelled", (await JobPolling.WaitAsync(bench.Client, job)).GetProperty("state").GetString());
        Assert.Equal(0, (await JsonAssert.ReadAsync(await bench.Client.GetAsync("/api/runs", Cancel), HttpStatusCode.OK)).GetArrayLength());
    }
}
