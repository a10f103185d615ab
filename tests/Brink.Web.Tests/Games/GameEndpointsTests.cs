using System.Net;
using Brink.Cli;
using Brink.Cli.Infrastructure;
using Brink.Web.Tests.Infrastructure;

namespace Brink.Web.Tests.Games;

public class GameEndpointsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("stripped_down_poker.efg", "lcp")]
    [InlineData("stripped_down_poker.efg", "enumpure")]
    [InlineData("pd.nfg", "enummixed")]
    [InlineData("2x2.nfg", "lcp")]
    public async Task Solve_BundledGame_ReturnsTheCliLines(string game, string method)
    {
        await using var bench = await TestWorkbench.StartAsync();
        string file = RepositoryPaths.Combine("data", "games", game);
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync($"/api/solve?method={method}", new StringContent(File.ReadAllText(file)), Cancel), HttpStatusCode.OK);

        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, BrinkApp.Run(["solve", file, "--method", method], new CliConsole(output, error, interactive: false)));
        var expected = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected, body.GetProperty("lines").EnumerateArray().Select(l => l.GetString()!).ToArray());
        Assert.Equal(expected.Length, body.GetProperty("equilibria").GetArrayLength());
    }

    [Fact]
    public async Task Solve_TextFormat_IsExactlyTheCliOutput()
    {
        await using var bench = await TestWorkbench.StartAsync();
        string file = RepositoryPaths.Combine("data", "games", "pd.nfg");
        var response = await bench.Client.PostAsync("/api/solve?method=enumpure&format=text", new StringContent(File.ReadAllText(file)), Cancel);
        using var output = new StringWriter();
        Assert.Equal(0, BrinkApp.Run(["solve", file, "--method", "enumpure"], new CliConsole(output, new StringWriter(), interactive: false)));
        Assert.Equal(output.ToString(), await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task Solve_UnknownMethod_Returns400()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/solve?method=magic", new StringContent("NFG 1 R \"x\" { \"a\" \"b\" } { 1 1 } 1 1"), Cancel), HttpStatusCode.BadRequest);
        JsonAssert.IsError(body);
    }

    [Fact]
    public async Task Solve_BrokenGame_Returns400WithLineAndColumn()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/solve?method=enumpure", new StringContent("NFG 1 R \"x\"\n{ \"a\" \"b\" } { 2 oops }"), Cancel), HttpStatusCode.BadRequest);
        JsonAssert.IsError(body);
        Assert.Equal(2, body.GetProperty("line").GetInt32());
        Assert.True(body.GetProperty("column").GetInt32() > 1);
    }

    [Fact]
    public async Task Game_Tree_LaysOutNodesSetsAndPayoffs()
    {
        await using var bench = await TestWorkbench.StartAsync();
        string text = File.ReadAllText(RepositoryPaths.Combine("data", "games", "stripped_down_poker.efg"));
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/game", new StringContent(text), Cancel), HttpStatusCode.OK);
        Assert.Equal("efg", body.GetProperty("kind").GetString());
        var nodes = body.GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(nodes.Where(n => n.GetProperty("kind").GetString() == "terminal"), n => Assert.Equal(2, n.GetProperty("payoffs").GetArrayLength()));
        var chance = body.GetProperty("information_sets").EnumerateArray().First(s => s.GetProperty("player").GetInt32() == 0);
        Assert.Equal(1.0, chance.GetProperty("probability_values").EnumerateArray().Sum(p => p.GetDouble()), 12);
    }

    [Fact]
    public async Task Game_Oversize_Returns413()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/game", new StringContent(new string(' ', (1 << 20) + 10)), Cancel), HttpStatusCode.RequestEntityTooLarge);
        JsonAssert.IsError(body);
    }
}
