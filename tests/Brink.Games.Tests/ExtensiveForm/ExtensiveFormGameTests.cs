using Brink.Games.ExtensiveForm;
using Brink.Games.Numerics;

namespace Brink.Games.Tests.ExtensiveForm;

public class ExtensiveFormGameTests
{
    private static readonly string[] LeftRight = ["L", "R"];

    [Fact]
    public void Create_SharedInformationSet_IndexesMembersInPreorder()
    {
        var root = NodeSpec.Chance(["a", "b"], [Rational.Create(1, 3), Rational.Create(2, 3)],
            NodeSpec.Decision(1, 1, LeftRight, NodeSpec.Terminal(1, -1), NodeSpec.Terminal(0, 0)),
            NodeSpec.Decision(1, 1, LeftRight, NodeSpec.Terminal(2, -2), NodeSpec.Terminal(-1, 1)));
        var game = ExtensiveFormGame.Create("t", string.Empty, ["A", "B"], root);

        Assert.Equal(7, game.Nodes.Length);
        Assert.Equal(2, game.InformationSets.Length);
        Assert.Equal([1, 4], game.InformationSets[1].Members);
        Assert.Equal([1], game.PlayerInformationSets[1]);
        Assert.Equal(Rational.FromInteger(-2), game.PathPayoffs(5)[1]);
        Assert.False(game.IsPerfectInformation);
    }

    [Fact]
    public void Create_ChanceNotSummingToOne_Throws()
    {
        var root = NodeSpec.Chance(["a", "b"], [Rational.Create(1, 3), Rational.Create(1, 3)], NodeSpec.Terminal(0), NodeSpec.Terminal(1));
        var ex = Assert.Throws<GameDefinitionException>(() => ExtensiveFormGame.Create("t", string.Empty, ["A"], root));
        Assert.Contains("2/3", ex.Message);
    }

    [Fact]
    public void Create_InteriorOutcomes_AccumulateAlongThePath()
    {
        var interior = NodeSpec.Decision(1, 1, LeftRight, NodeSpec.Terminal(1), NodeSpec.Terminal(2))
            with { Outcome = new OutcomeSpec(9, "toll", [Rational.FromInteger(-5)]) };
        var game = ExtensiveFormGame.Create("t", string.Empty, ["A"], interior);
        Assert.Equal(Rational.FromInteger(-4), game.PathPayoffs(1)[0]);
        Assert.Equal(-3.0, game.TerminalPayoffsAsDouble[2][0]);
    }

    [Fact]
    public void ToSpec_RoundTrip_GivesSameGame()
    {
        var root = NodeSpec.Decision(1, 1, LeftRight,
            NodeSpec.Decision(2, 1, LeftRight, NodeSpec.Terminal(1, 2), NodeSpec.Terminal(3, 4)),
            NodeSpec.Decision(2, 1, LeftRight, NodeSpec.Terminal(5, 6), NodeSpec.Terminal(7, 8)));
        var game = ExtensiveFormGame.Create("t", "c", ["A", "B"], root);
        Assert.True(game.IsSameGame(ExtensiveFormGame.Create("t", "c", ["A", "B"], game.ToSpec())));
    }
}
