using Brink.Games.NormalForm;
using Brink.Games.Numerics;
using Brink.Games.Profiles;
using Brink.Games.Solvers.Homotopy;
using Brink.Games.Verification;

namespace Brink.Games.Tests.Solvers;

/// <summary>Ipa on hand-derived games, its default perturbation and its refusals.</summary>
public class IpaTests
{
    /// <summary>
    /// Jordan's cyclic matching pennies: player 1 wants to match player 2, player 2 to match player 3, player 3 to
    /// mismatch player 1 (payoff 1, else 0). A pure profile always leaves someone a profitable switch, and if any
    /// player mixed unevenly the one watching it would play pure, which unravels round the cycle: the only
    /// equilibrium has every player at (1/2, 1/2). Each payoff depends on one opponent, so the game is its own
    /// polymatrix approximation.
    /// </summary>
    [Fact]
    public void Solve_CyclicMatchingPennies_ReachesTheUniqueMixedEquilibrium()
    {
        var game = NormalFormGame.FromFunction("cyclic pennies", [2, 2, 2], (profile, player) => player switch
        {
            0 => profile[0] == profile[1] ? 1 : 0,
            1 => profile[1] == profile[2] ? 1 : 0,
            _ => profile[2] != profile[0] ? 1 : 0,
        });
        var profile = Assert.Single(Ipa.Solve(game, [[0.7, 0.3, 0.2, 0.8, 0.6, 0.4]]).Equilibria);
        foreach (double p in profile.Flattened)
        {
            AssertNear.Equal(0.5, p, 1e-6);
        }
    }

    /// <summary>
    /// Two players: the approximation is exact and one step solves it. GameTracer's step first solves on the
    /// previous support, which at the start is the centroid's, i.e. every strategy: in this 2×2 coordination game
    /// (payoffs 2 on (1,1), 1 on (2,2), 0 off the diagonal) that finds the completely mixed equilibrium, where each
    /// player is indifferent when the other puts 1/3 on strategy 1 (2q = 1 − q), whatever the perturbation.
    /// </summary>
    [Fact]
    public void Solve_TwoByTwoCoordination_FindsTheMixedEquilibriumOnTheFullSupport()
    {
        var profile = Assert.Single(Ipa.Solve(Coordination(2), [[0.1, 0.9, 0.2, 0.8]]).Equilibria);
        AssertNear.Equal([1 / 3.0, 2 / 3.0, 1 / 3.0, 2 / 3.0], profile.Flattened, 1e-12);
    }

    /// <summary>
    /// With a third, strictly dominated strategy (payoff −1 to whoever plays it) no equilibrium uses every
    /// strategy, so the full-support solve fails and Lemke's path runs from the perturbation's best replies. Both
    /// pure coordination profiles are strict equilibria, so a perturbation favouring (1, 1) or (2, 2) starts at
    /// an equilibrium of the perturbed game for every λ and the path ends where it starts.
    /// </summary>
    [Fact]
    public void Solve_SeveralPerturbations_GivesOneAnswerEachFromItsBestReplies()
    {
        var result = Ipa.Solve(Coordination(3), [[0.6, 0.3, 0.1, 0.5, 0.3, 0.2], [0.3, 0.6, 0.1, 0.3, 0.5, 0.2]]);
        Assert.Equal([1.0, 0.0, 0.0, 1.0, 0.0, 0.0], result.Equilibria[0].Flattened);
        Assert.Equal([0.0, 1.0, 0.0, 0.0, 1.0, 0.0], result.Equilibria[1].Flattened);
    }

    [Fact]
    public void DefaultPerturbation_IsFixedAndInTheUnitInterval()
    {
        var first = Ipa.DefaultPerturbation(12);
        Assert.Equal(first, Ipa.DefaultPerturbation(12));
        Assert.All(first, v => Assert.InRange(v, 0.0, 1.0));
        Assert.Equal(12, first.Distinct().Count());
    }

    [Fact]
    public void Solve_NoPerturbation_UsesTheDefaultOne()
    {
        var game = Coordination(3);
        var implicitRun = Assert.Single(Ipa.Solve(game).Equilibria);
        var explicitRun = Assert.Single(Ipa.Solve(game, [Ipa.DefaultPerturbation(6)]).Equilibria);
        Assert.Equal(explicitRun.Flattened, implicitRun.Flattened);
    }

    [Fact]
    public void Solve_TiedLargestEntry_IsRefused()
    {
        var game = NormalFormGame.FromFunction("pennies", [2, 2], (profile, player) =>
            (profile[0] == profile[1]) == (player == 0) ? 1 : Rational.Zero);
        var error = Assert.Throws<SolverNotApplicableException>(() => Ipa.Solve(game, [[0.5, 0.5, 0.2, 0.8]]));
        Assert.Contains("player 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_PerturbationOfWrongLength_IsRefused()
    {
        var game = NormalFormGame.FromFunction("pennies", [2, 2], (profile, player) =>
            (profile[0] == profile[1]) == (player == 0) ? 1 : Rational.Zero);
        Assert.Throws<SolverNotApplicableException>(() => Ipa.Solve(game, [[0.5, 0.2, 0.8]]));
    }

    // Payoff 2 to both on (1,1), 1 on (2,2), 0 on other profiles of the first two strategies; with a third
    // strategy, −1 to whoever plays it and 0 to the other.
    private static NormalFormGame Coordination(int strategies) => NormalFormGame.FromFunction("coordination", [strategies, strategies], (profile, player) =>
        profile[player] == 2 ? -1 : profile[1 - player] == 2 || profile[0] != profile[1] ? 0 : profile[0] == 0 ? 2 : 1);
}
