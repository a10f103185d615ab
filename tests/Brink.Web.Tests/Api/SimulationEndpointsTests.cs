using System.Net;
using Brink.Cli;
using Brink.Cli.Infrastructure;
using Brink.Web.Tests.Infrastructure;

namespace Brink.Web.Tests.Api;

public class SimulationEndpointsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Simulate_SmallRun_EqualsTheCliJson()
    {
        await using var bench = await TestWorkbench.StartAsync();
        string file = RepositoryPaths.Combine("data", "situations", "iran-2025-fordow.yaml");
        var response = await bench.Client.PostAsync("/api/simulate?runs=200&horizon=4&seed=7", TestWorkbench.Yaml(File.ReadAllText(file)), Cancel);
        string api = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = BrinkApp.Run(["simulate", file, "--runs", "200", "--horizon", "4", "--seed", "7", "--json", "--no-store"], new CliConsole(output, error, interactive: false));
        Assert.Equal(0, exit);
        Assert.Equal(output.ToString().TrimEnd('\n'), api);
    }

    [Fact]
    public async Task Simulate_TooManyRuns_Returns400()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/simulate?runs=999999999", TestWorkbench.Yaml(TestWorkbench.DemoText), Cancel), HttpStatusCode.BadRequest);
        JsonAssert.IsError(body);
    }

    [Fact]
    public async Task Simulate_BadValue_Returns400WithLineAndColumn()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var (text, line, column) = BadSituation.SeverityNotANumber();
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/simulate?runs=10", TestWorkbench.Yaml(text), Cancel), HttpStatusCode.BadRequest);
        JsonAssert.IsError(body, line, column);
    }
}
