using Brink.Games.ExtensiveForm;
using Brink.Games.NormalForm;
using Brink.Games.Numerics;
using Brink.Games.Profiles;
using Brink.Games.Verification;

namespace Brink.Games.Tests.Verification;

public class EquilibriumVerifierTests
{
    private static readonly string[] TwoActions = ["l", "r"];

    /// <summary>
    /// Chance (outcome +1 to both) picks a node of player 1's one information set; player 1 then picks l or r
    /// (outcome on the decision node: +2 to player 1), then the play ends. Path payoffs for player 1:
    /// left branch l: 1 + 2 + 0 = 3, r: 1 + 2 + 4 = 7; right branch l: 1 + 2 + 6 = 9, r: 1 + 2 + 0 = 3.
    /// With chance 1/2 each, l is worth 6 and r 5, so l is the best reply.
    /// </summary>
    private static ExtensiveFormGame SpanningTree()
    {
        NodeSpec Decision(int leftPayoff, int rightPayoff) =>
            NodeSpec.Decision(1, 1, TwoActions, NodeSpec.Terminal(leftPayoff, 0), NodeSpec.Terminal(rightPayoff, 0))
                with { Outcome = new OutcomeSpec(7, "bonus", [2, 0]) };
        var root = NodeSpec.Chance(["a", "b"], [Rational.Create(1, 2), Rational.Create(1, 2)], Decision(0, 4), Decision(6, 0))
            with { Outcome = new OutcomeSpec(0, "entry", [1, 1]) };
        return ExtensiveFormGame.Create("spanning", string.Empty, ["1", "2"], root);
    }

    private static Profile Behaviour(params Rational[][] segments) => Profile.FromExact(ProfileKind.Behaviour, segments);

    [Fact]
    public void Verify_TreeWithOutcomesOnChanceAndDecisionNodes_BestReplyIsExact()
    {
        var verdict = EquilibriumVerifier.Verify(SpanningTree(), Behaviour([Rational.One, Rational.Zero]));
        Assert.True(verdict.IsEquilibrium);
        Assert.Equal(Rational.Zero, verdict.ExactRegret);
    }

    [Fact]
    public void Verify_TreeWithWorseAction_RegretIsTheExactGain()
    {
        var verdict = EquilibriumVerifier.Verify(SpanningTree(), Behaviour([Rational.Zero, Rational.One]));
        Assert.False(verdict.IsEquilibrium);
        Assert.Equal(1, verdict.Player);
        Assert.Equal(Rational.One, verdict.ExactRegret);
    }

    [Fact]
    public void Verify_SegmentNotSummingToOne_IsMalformed()
    {
        var verdict = EquilibriumVerifier.Verify(SpanningTree(), Behaviour([Rational.Zero, Rational.Zero]));
        Assert.False(verdict.IsEquilibrium);
        Assert.Equal(0, verdict.Player);
        Assert.StartsWith("the probabilities at information set 1 of player 1 sum to 0", verdict.Problem);
    }

    [Fact]
    public void Verify_TooFewSegments_IsMalformed()
    {
        var verdict = EquilibriumVerifier.Verify(SpanningTree(), Behaviour());
        Assert.Equal("the profile has fewer segments than the game has information sets", verdict.Problem);
    }

    [Fact]
    public void Verify_ThreePlayerTable_FindsTheBestPureDeviation()
    {
        // Player 3 alone decides: 1 pays it 0, 2 pays it 5 whatever the others do.
        var game = NormalFormGame.Create("t", string.Empty, ["1", "2", "3"], [["a"], ["b"], ["x", "y"]], [0, 0, 0, 0, 0, 5]);
        var verdict = EquilibriumVerifier.Verify(game, Profile.FromExact(ProfileKind.Mixed, [[Rational.One], [Rational.One], [Rational.Create(1, 5), Rational.Create(4, 5)]]));
        Assert.False(verdict.IsEquilibrium);
        Assert.Equal(3, verdict.Player);
        Assert.Equal(Rational.One, verdict.ExactRegret);
        Assert.Equal([0, 0, 1], verdict.Regrets);
    }

    [Fact]
    public void Verify_FloatingProfileWithinTolerance_IsEquilibrium()
    {
        var game = NormalFormGame.Create("t", string.Empty, ["1", "2"], [["a", "b"], ["c"]], [1, 0, 1, 0]);
        var verdict = EquilibriumVerifier.Verify(game, Profile.FromDoubles(ProfileKind.Mixed, [[0.3, 0.7], [1.0]]));
        Assert.True(verdict.IsEquilibrium);
        Assert.Null(verdict.ExactRegret);
    }

    [Fact]
    public void Verify_MixedProfileOverReducedStrategies_IsCheckedOnTheTree()
    {
        var tree = SpanningTree();
        var reduced = ReducedNormalForm.Create(tree);
        var pure = reduced.Strategies[0].Select(s => s[0] == 0 ? Rational.One : Rational.Zero).ToArray();
        var verdict = EquilibriumVerifier.Verify(tree, Profile.FromExact(ProfileKind.Mixed, [pure, [Rational.One]]));
        Assert.True(verdict.IsEquilibrium, verdict.Describe("test"));
    }

    [Fact]
    public void Verify_ImperfectRecall_IsNotSupported()
    {
        // Player 1 moves, then moves again without remembering its first move.
        var root = NodeSpec.Decision(1, 1, TwoActions,
            NodeSpec.Decision(1, 2, TwoActions, NodeSpec.Terminal(1), NodeSpec.Terminal(0)),
            NodeSpec.Decision(1, 2, TwoActions, NodeSpec.Terminal(0), NodeSpec.Terminal(1)));
        var game = ExtensiveFormGame.Create("forgetful", string.Empty, ["1"], root);
        Assert.Throws<NotSupportedException>(() => EquilibriumVerifier.Verify(game, Behaviour([Rational.One, Rational.Zero], [Rational.One, Rational.Zero])));
    }
}
