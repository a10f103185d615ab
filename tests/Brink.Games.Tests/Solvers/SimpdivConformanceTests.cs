using System.Globalization;
using Brink.Games.Formats;
using Brink.Games.Numerics;
using Brink.Games.Solvers.SimplicialSubdivision;
using Brink.Games.Tests.Formats;
using Brink.Games.Verification;

namespace Brink.Games.Tests.Solvers;

/// <summary>
/// Simpdiv against <c>gambit-simpdiv -q</c> (data/games/expected/*.simpdiv.txt, Gambit 17; commands in
/// /work/shared/games/public/EXPECTED-more.md): every answer passes the independent verifier, and where Brink's
/// path ends at the same equilibrium as Gambit's, every probability is within 1e-4 of Gambit's.
/// </summary>
public class SimpdivConformanceTests
{
    /// <summary>Gambit's grid answers are within about 1e-6 of an equilibrium; Brink's within its own tolerance.</summary>
    private const double Tolerance = 1e-4;

    /// <summary>
    /// Games where Brink's path (it starts at the centroid where Gambit starts at every player's first strategy, its
    /// labelling breaks ties by player, then strategy, and its grid is relative to the start) ends at a different
    /// equilibrium from Gambit's; both are equilibria (docs/verification.md).
    /// </summary>
    private static readonly HashSet<string> OtherEquilibrium = new(StringComparer.Ordinal)
    {
        "2smp.efg", "2x2x2.nfg", "3x3x3.nfg", "8x8.nfg", "bhg1.efg", "const_sum_game.nfg", "coord3.nfg", "coord4.nfg",
        "deg1.nfg", "e04.efg", "e04.nfg", "km1.efg", "kuhn3.efg", "montyhal.efg", "perfect1.nfg",
        "perfect_info_with_chance.efg", "rand2p-12x12.nfg", "rand2p-8x8.nfg", "rand3p-6x6x6.nfg", "rand4p-4x4x4x4.nfg",
        "sww1.efg", "tim.efg", "wilson1.efg",
    };

    /// <summary>Every bundled game with a Gambit answer, kuhn3.efg and tim.efg (Gambit 14 s and 4 s) included.</summary>
    public static TheoryData<string> Games() => ExpectedSolutions.Games("simpdiv", new HashSet<string>(), inSet: false);

    [Fact]
    public void Solve_MostBundledGames_MatchGambit() => Assert.True(Games().Count - OtherEquilibrium.Count >= 18);

    [Theory]
    [MemberData(nameof(Games))]
    public void Solve_BundledGame_VerifiesAndMatchesGambit(string name) => AssertMatches(name);

    [Fact]
    public void Games_WithReference_AreAtLeastForty() => Assert.True(Games().Count >= 40);

    private static void AssertMatches(string name)
    {
        var loaded = GameFile.Load(GameFiles.PathOf(name));
        var result = loaded.NormalForm is { } normal ? Simpdiv.Solve(normal) : Simpdiv.Solve(loaded.ExtensiveForm!);
        var verdict = Assert.Single(EquilibriumVerifier.VerifyAll(loaded, result));
        Assert.True(verdict.IsEquilibrium, $"{name}: {verdict.Describe("simpdiv")} ({result.Diagnostics[0]})");
        if (OtherEquilibrium.Contains(name))
        {
            return;
        }

        var expected = ExpectedSolutions.Lines(name, "simpdiv").Single().Split(',').Skip(1)
            .Select(v => Brink.Games.Numerics.Rational.Parse(v).ToDouble()).ToArray();
        var actual = Assert.Single(result.Equilibria).Flattened.ToArray();
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(
                Math.Abs(expected[i] - actual[i]) <= Tolerance,
                string.Create(CultureInfo.InvariantCulture, $"{name}: probability {i} is {actual[i]}, Gambit printed {expected[i]} ({result.Diagnostics[0]})"));
        }
    }
}
