using Brink.Games.ExtensiveForm;
using Brink.Games.Formats;
using Brink.Games.Tests.Formats;

namespace Brink.Games.Tests.ExtensiveForm;

public class PerfectRecallTests
{
    [Theory]
    [InlineData("kuhn3.efg")]
    [InlineData("e04.efg")]
    [InlineData("bayes1a.efg")]
    [InlineData("2smp.efg")]
    [InlineData("stripped_down_poker.efg")]
    public void FindViolation_GamesWithPerfectRecall_ReturnsNull(string name)
    {
        var game = EfgFormat.Read(GameFiles.Text(name), name);

        Assert.Null(PerfectRecall.FindViolation(game));
        Assert.True(game.HasPerfectRecall);
    }

    [Fact]
    public void FindViolation_Myerson_NamesPlayerOneAtItsSecondSet()
    {
        // Player 1's set 2 follows "1" then player 2's "2" on one path and "2" then "1" on the other:
        // player 1 has forgotten its own first move.
        var game = EfgFormat.Read(GameFiles.Text("myerson.efg"), "myerson.efg");

        Assert.Equal(
            "Player 1 (\"Player 1\") forgets earlier moves at information set 2 (\"(1,2)\"): its nodes follow different moves of that player.",
            PerfectRecall.FindViolation(game));
        Assert.False(game.HasPerfectRecall);
    }

    [Fact]
    public void FindViolation_AbsentMindedDriver_ReportsTheSetThatHoldsNodeAndDescendant()
    {
        // Both of the driver's nodes are in one set, one below the other.
        var exit = NodeSpec.Terminal(0);
        var tree = NodeSpec.Decision(1, 1, ["exit", "continue"], exit, NodeSpec.Decision(1, 1, ["exit", "continue"], NodeSpec.Terminal(4), NodeSpec.Terminal(1)));
        var game = ExtensiveFormGame.Create("driver", string.Empty, ["Driver"], tree);

        Assert.Contains("information set 1", PerfectRecall.FindViolation(game), StringComparison.Ordinal);
    }

    [Fact]
    public void FindViolation_ForgettingWhatWasSeen_NamesTheLaterSet()
    {
        // Player 2 sees player 1's move (sets 1 and 2 are apart), then moves again in set 3, which joins the two
        // histories: player 2 has forgotten what it knew.
        static NodeSpec Again() => NodeSpec.Decision(2, 3, ["u", "v"], NodeSpec.Terminal(1, 0), NodeSpec.Terminal(0, 1));
        static NodeSpec Sees(int set) => NodeSpec.Decision(2, set, ["x", "y"], Again(), NodeSpec.Terminal(0, 0));
        var tree = NodeSpec.Decision(1, 1, ["L", "R"], Sees(1), Sees(2));
        var game = ExtensiveFormGame.Create("forget", string.Empty, ["P", "Q"], tree);

        Assert.Equal(
            "Player 2 (\"Q\") forgets earlier moves at information set 3 (\"\"): its nodes follow different moves of that player.",
            PerfectRecall.FindViolation(game));
    }
}
