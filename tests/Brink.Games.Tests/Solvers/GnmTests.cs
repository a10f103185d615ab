using Brink.Games.Formats;
using Brink.Games.NormalForm;
using Brink.Games.Numerics;
using Brink.Testing;
using Brink.Games.Profiles;
using Brink.Games.Solvers.Homotopy;
using Brink.Games.Tests.Formats;
using Brink.Games.Verification;

namespace Brink.Games.Tests.Solvers;

public class GnmTests
{
    /// <summary>
    /// Hand-derived: player 1 gets 2 at (H, H), 1 at (T, T), 0 otherwise; player 2 gets 1 when the choices differ.
    /// No pure profile is an equilibrium; player 2's q on H makes 1 indifferent at 2q = 1 − q, q = 1/3, and player
    /// 1's p on H makes 2 indifferent at 1 − p = p, p = 1/2. The equilibrium is unique, so every path crosses λ = 0
    /// there, whatever the perturbation.
    /// </summary>
    [Theory]
    [InlineData(0.9, 0.1, 0.3, 0.7)]
    [InlineData(0.2, 0.8, 0.6, 0.4)]
    [InlineData(0.5, 0.4, 0.1, 0.2)]
    public void Solve_UniqueMixedEquilibrium_IsCrossedFromAnyPerturbation(double b1, double b2, double b3, double b4)
    {
        var game = NormalFormGame.Create("hand", string.Empty, ["1", "2"], [["H", "T"], ["H", "T"]],
            [.. new[] { 2, 0, 0, 1, 0, 1, 1, 0 }.Select(v => Rational.Create(v, 1))]);
        var profile = Assert.Single(Gnm.Solve(game, [[b1, b2, b3, b4]]).Equilibria);
        AssertNear.Equal([0.5, 0.5, 1.0 / 3, 2.0 / 3], [.. profile.Flattened], 1e-12);
        Assert.True(profile.IsApproximation);
    }

    [Fact]
    public void Solve_NoPerturbation_UsesTheFixedDefaultAndRepeatsExactly()
    {
        var game = GameFile.Load(GameFiles.PathOf("2x2x2.nfg")).NormalForm!;
        var first = Gnm.Solve(game);
        var second = Gnm.Solve(game, [Gnm.DefaultPerturbation(6)]);
        Assert.NotEmpty(first.Equilibria);
        Assert.Equal(first.Equilibria.Select(p => p.Flattened.ToArray()), second.Equilibria.Select(p => p.Flattened.ToArray()));
        Assert.All(first.Equilibria, p => Assert.True(EquilibriumVerifier.Verify(game, p).IsEquilibrium));
    }

    [Fact]
    public void Solve_TwoPerturbations_PrintsBothRunsInTurn()
    {
        var game = GameFile.Load(GameFiles.PathOf("2x2x2.nfg")).NormalForm!;
        var one = GnmConformanceTests.Perturbations("2x2x2.nfg")[0];
        var result = Gnm.Solve(game, [one, one]);
        Assert.Equal(14, result.Equilibria.Length);
        Assert.Equal(2, result.Diagnostics.Length);
    }

    [Fact]
    public void Solve_EveryPayoffEqual_ReportsTheEquilibriumWherePathStops()
    {
        // Gambit issue #405: with every payoff equal the path reaches λ = 0 and its last cell lies there, so it never
        // leaves to the other side; every profile is an equilibrium, and the point where the path stops is reported.
        var game = NormalFormGame.Create("flat", string.Empty, ["1", "2"], [["a", "b"], ["a", "b"]],
            [.. Enumerable.Repeat(Rational.Create(0, 1), 8)]);
        var profile = Assert.Single(Gnm.Solve(game).Equilibria);
        Assert.True(EquilibriumVerifier.Verify(game, profile).IsEquilibrium);
    }

    [Fact]
    public void Solve_PerturbationOfWrongLength_IsRefused()
    {
        var game = GameFile.Load(GameFiles.PathOf("2x2x2.nfg")).NormalForm!;
        Assert.Throws<SolverNotApplicableException>(() => Gnm.Solve(game, [[1.0, 0.0]]));
    }

    [Fact]
    public void Solve_TiedLargestEntry_IsRefusedAsGambitRefusesIt()
    {
        var game = GameFile.Load(GameFiles.PathOf("2x2.nfg")).NormalForm!;
        Assert.Throws<SolverNotApplicableException>(() => Gnm.Solve(game, [[0.5, 0.5, 0.2, 0.8]]));
    }
}
