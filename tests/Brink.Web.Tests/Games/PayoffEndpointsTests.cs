using System.Net;
using Brink.Web.Tests.Infrastructure;

namespace Brink.Web.Tests.Games;

public class PayoffEndpointsTests
{
    /// <summary>A prisoner's dilemma: (D, D) is the one equilibrium; player 1's strategy varies fastest.</summary>
    public const string Dilemma = "NFG 1 R \"dilemma\" { \"Row\" \"Column\" }\n{ { \"C\" \"D\" } { \"C\" \"D\" } }\n\"\"\n\n3 3 5 0 0 5 1 1\n";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static StringContent Body(object value) => TestWorkbench.Json(ReflectionJson.Serialize(value));

    [Fact]
    public async Task Edit_TableCell_ChangesThatPayoffAndTheEquilibrium()
    {
        await using var bench = await TestWorkbench.StartAsync();
        // Row's payoff at (D, D) from 1 to -5: against D, Row now prefers C, so (C, D) is the equilibrium.
        var edited = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/game/payoff", Body(new { game = Dilemma, cell = 3, player = 0, value = "-5" }), Cancel), HttpStatusCode.OK);
        var cells = edited.GetProperty("game").GetProperty("cells");
        Assert.Equal(-5, cells[3].GetProperty("payoffs")[0].GetDouble());
        Assert.Equal(1, cells[3].GetProperty("payoffs")[1].GetDouble());
        Assert.Equal(5, cells[1].GetProperty("payoffs")[0].GetDouble());

        var solved = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/solve?method=enumpure", new StringContent(edited.GetProperty("text").GetString()!), Cancel), HttpStatusCode.OK);
        Assert.Equal(["NE,1,0,0,1"], solved.GetProperty("lines").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task Edit_TreeLeaf_ChangesOnlyThatLeaf()
    {
        await using var bench = await TestWorkbench.StartAsync();
        string text = File.ReadAllText(RepositoryPaths.Combine("data", "games", "stripped_down_poker.efg"));
        var before = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/game", new StringContent(text), Cancel), HttpStatusCode.OK);
        var leaves = before.GetProperty("nodes").EnumerateArray().Where(n => n.GetProperty("kind").GetString() == "terminal").ToList();
        int leaf = leaves[1].GetProperty("index").GetInt32();
        var edited = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/game/payoff", Body(new { game = text, node = leaf, player = 1, value = "7/2" }), Cancel), HttpStatusCode.OK);
        var after = edited.GetProperty("game").GetProperty("nodes");
        foreach (var node in leaves)
        {
            int index = node.GetProperty("index").GetInt32();
            var payoffs = after[index].GetProperty("payoffs");
            Assert.Equal(node.GetProperty("payoffs")[0].GetDouble(), payoffs[0].GetDouble());
            Assert.Equal(index == leaf ? 3.5 : node.GetProperty("payoffs")[1].GetDouble(), payoffs[1].GetDouble());
        }
    }

    [Theory]
    [InlineData(3, 0, "lots")]
    [InlineData(4, 0, "1")]
    [InlineData(3, 2, "1")]
    [InlineData(null, 0, "1")]
    public async Task Edit_BadTarget_Returns400(int? cell, int player, string value)
    {
        await using var bench = await TestWorkbench.StartAsync();
        JsonAssert.IsError(await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/game/payoff", Body(new { game = Dilemma, cell, player, value }), Cancel), HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Edit_InteriorNode_Returns400()
    {
        await using var bench = await TestWorkbench.StartAsync();
        string text = File.ReadAllText(RepositoryPaths.Combine("data", "games", "stripped_down_poker.efg"));
        JsonAssert.IsError(await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/game/payoff", Body(new { game = text, node = 0, player = 0, value = "1" }), Cancel), HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Edit_BrokenGame_Returns400WithLineAndColumn()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/game/payoff", Body(new { game = "NFG 1 R \"x\" { \"a\" } { 2 }\n\"\"\n1 zz\n", cell = 0, player = 0, value = "1" }), Cancel), HttpStatusCode.BadRequest);
        Assert.True(body.GetProperty("line").GetInt32() > 0);
    }

    [Fact]
    public async Task Edit_OversizeBody_Returns413()
    {
        await using var bench = await TestWorkbench.StartAsync();
        JsonAssert.IsError(await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/game/payoff", TestWorkbench.Json(new string(' ', (1 << 20) + 1)), Cancel), HttpStatusCode.RequestEntityTooLarge));
    }
}
