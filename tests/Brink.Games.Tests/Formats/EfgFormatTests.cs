using Brink.Games.ExtensiveForm;
using Brink.Games.Formats;
using Brink.Games.Numerics;

namespace Brink.Games.Tests.Formats;

public partial class EfgFormatTests
{
    [Fact]
    public void Read_KrepsWilson_HasHandCheckedTree()
    {
        var game = EfgFormat.Read(GameFiles.Text("e04.efg"), "e04.efg");

        Assert.Equal(2, game.PlayerCount);
        // p(1) t p(2) t t p(2) t t: 8 nodes, player 2's two nodes share one set.
        Assert.Equal(8, game.Nodes.Length);
        Assert.Equal(5, game.Terminals.Count());
        Assert.Equal(2, game.InformationSets.Length);
        Assert.Equal(["A", "R", "L"], game.InformationSets[0].Actions);
        Assert.Equal([2, 5], game.InformationSets[1].Members);
        Assert.Equal<Rational>([3, -1], game.PathPayoffs(7).ToArray());
        Assert.Equal(5, game.Outcomes.Length);
    }

    [Fact]
    public void Read_KuhnThree_HasHandCheckedTree()
    {
        var game = EfgFormat.Read(GameFiles.Text("kuhn3.efg"), "kuhn3.efg");

        Assert.Equal(2, game.PlayerCount);
        // 1 chance node dealing 6 hands, 24 decision nodes, 30 terminals; 6 information sets per player.
        Assert.Equal(55, game.Nodes.Length);
        Assert.Equal(30, game.Terminals.Count());
        Assert.Equal(6, game.PlayerInformationSets[1].Length);
        Assert.Equal(6, game.PlayerInformationSets[2].Length);
        Assert.All(game.InformationSets[0].Probabilities, p => Assert.Equal(Rational.Create(1, 6), p));
        Assert.Equal("deal", game.Root.Label);
        Assert.True(game.HasPerfectRecall);
    }

    [Fact]
    public void Read_BayesGame_HasHandCheckedTree()
    {
        var game = EfgFormat.Read(GameFiles.Text("bayes1a.efg"), "bayes1a.efg");

        Assert.Equal(2, game.PlayerCount);
        // 3 chance nodes, 12 decision nodes in 2 + 2 sets, 16 terminals.
        Assert.Equal(31, game.Nodes.Length);
        Assert.Equal(3, game.PlayerInformationSets[0].Length);
        Assert.Equal(2, game.PlayerInformationSets[1].Length);
        Assert.Equal(2, game.PlayerInformationSets[2].Length);
        Assert.Equal(16, game.Terminals.Count());
        Assert.Contains(game.Nodes, n => n.Label == "ROOT" && n.Kind == NodeKind.Terminal);
    }

    [Fact]
    public void Read_NoCommentAndCommaFreePayoffs_ReadsNim()
    {
        var game = EfgFormat.Read(GameFiles.Text("nim.efg"), "nim.efg");

        Assert.Equal(string.Empty, game.Comment);
        Assert.Equal("5 left", game.Root.Label);
        Assert.Equal<Rational>([1, -1], game.PathPayoffs(game.Terminals.First()).ToArray());
    }

    [Fact]
    public void Read_OmittedActionsAndPayoffsOfKnownSetsAndOutcomes_ReusesThem()
    {
        const string text = """
            EFG 2 D "short \"hand\"" { "A" "B" }
            c "" 1 "" { "h" 0.5 "t" .5 } 2 "on chance" { 1 0 }
            p "" 1 1 "I" { "l" "r" } 1 "win" { 2, -2 }
            t "" 1
            t "" 0
            p "" 1 1 0
            t "" 1 "win"
            t "x" 2
            """;

        var game = EfgFormat.Read(text, "short.efg");

        Assert.Equal("short \"hand\"", game.Title);
        Assert.Equal(2, game.InformationSets.Length);
        Assert.Equal([1, 4], game.InformationSets[1].Members);
        Assert.Equal(["l", "r"], game.InformationSets[1].Actions);
        Assert.Equal(2, game.Outcomes.Length);
        // Outcomes add up along the path: chance outcome (1, 0), decision outcome (2, -2), terminal outcome (2, -2).
        Assert.Equal<Rational>([5, -4], game.PathPayoffs(2).ToArray());
        Assert.Equal<Rational>([3, -2], game.PathPayoffs(3).ToArray());
        Assert.Equal<Rational>([3, -2], game.PathPayoffs(5).ToArray());
        Assert.Equal<Rational>([2, 0], game.PathPayoffs(6).ToArray());
    }

    [Fact]
    public void Write_SmallTree_IsGambitsLayout()
    {
        var game = EfgFormat.Read(GameFiles.Text("sww1.efg"), "sww1.efg");

        string written = EfgFormat.Write(game);

        Assert.Equal(
            "EFG 2 R \"Schotter-Weigelt-Wilson (GEB 94), Fig 1\" { \"Player 1\" \"Player 2\" }\n\"\"\n\n"
            + "p \"\" 1 1 \"(1,1)\" { \"R\" \"L\" } 0\n"
            + "p \"\" 2 1 \"(2,1)\" { \"R\" \"L\" } 0\n"
            + "t \"\" 1 \"Outcome 1\" { 6, 3 }\n"
            + "t \"\" 2 \"Outcome 2\" { 0, 1 }\n"
            + "t \"\" 3 \"Outcome 3\" { 4, 4 }\n",
            written);
    }

    [Fact]
    public void Read_KuhnForty_LoadsEveryNode()
    {
        var game = EfgFormat.Read(GameFiles.Text("kuhn40.efg"), "kuhn40.efg");

        // Counted with grep: 1 chance, 6240 decision and 7800 terminal lines.
        Assert.Equal(14041, game.Nodes.Length);
        Assert.Equal(1560, game.Root.Children.Length);
        Assert.Equal(Rational.Create(1, 1560), game.ChanceProbability(0, 1559));
    }

    [Fact]
    public void TryRead_GoodAndBadText_ReportsEach()
    {
        bool good = EfgFormat.TryRead(GameFiles.Text("sww1.efg"), "sww1.efg", out var game, out var none);
        bool bad = EfgFormat.TryRead("EFG 2 R \"t\" { }", "empty.efg", out var missing, out var error);

        Assert.True(good);
        Assert.Equal(5, game!.Nodes.Length);
        Assert.Null(none);
        Assert.False(bad);
        Assert.Null(missing);
        Assert.Equal("empty.efg:1:13: " + Messages.NoPlayers, error!.Message);
    }
}
