using Brink.Games.Formats;
using Brink.Games.Profiles;
using Brink.Games.Solvers.Polynomial;
using Brink.Games.Tests.Formats;
using Brink.Games.Verification;

namespace Brink.Games.Tests.Solvers;

/// <summary>
/// EnumPoly against <c>gambit-enumpoly -q</c> (data/games/expected/*.enumpoly.txt, Gambit 17; commands in
/// data/games/EXPECTED-more.md): every answer passes the independent verifier, and Brink's set equals Gambit's
/// within 1e-4 per probability, except where listed: games where Brink also finds isolated equilibria Gambit's
/// run does not print (each verified; Gambit's set is still contained in Brink's), and trees where the
/// behaviour profile printed at a set nobody reaches differs.
/// </summary>
public class EnumPolyConformanceTests
{
    private const double Tolerance = 1e-4;

    /// <summary>Brink's set is Gambit's plus further verified equilibria (docs/verification.md lists them).</summary>
    private static readonly HashSet<string> Superset = new(StringComparer.Ordinal)
    {
        "2smp.efg", "3_player.efg", "3x3x3.nfg", "8x8.nfg", "bhg1.efg", "coord3.nfg", "coord4.nfg", "perfect_info_with_chance.efg", "sh3.nfg", "tim.efg",
    };

    /// <summary>Trees where the profiles differ from Gambit's at sets reached with probability zero.</summary>
    private static readonly HashSet<string> DifferentOffPath = new(StringComparer.Ordinal) { "entry_accommodation.efg", "wilson1.efg" };

    public static TheoryData<string> Games() => ExpectedSolutions.Games("enumpoly", new HashSet<string>(), inSet: false);

    /// <summary>
    /// tim.efg, whose reduced form (64 strategies for player 2) the table search refuses, is searched on the tree's
    /// behaviour supports like every two-player tree: Gambit's three pure equilibria and three more, all verified.
    /// </summary>
    [Fact]
    public void Solve_Tim_SearchesTheTree()
    {
        var tree = GameFile.Load(GameFiles.PathOf("tim.efg")).ExtensiveForm!;
        var result = EnumPoly.Solve(tree);
        Assert.Contains(result.Diagnostics, n => n.StartsWith("support pairs solved on the tree=", StringComparison.Ordinal));
        Assert.Equal(6, result.Equilibria.Length);
    }

    [Fact]
    public void Games_WithReference_AreAtLeastThirty() => Assert.True(Games().Count >= 30);

    [Fact]
    public void Solve_MostBundledGames_MatchGambitExactly() =>
        Assert.True(Games().Count - Superset.Count - DifferentOffPath.Count >= 20);

    [Theory]
    [MemberData(nameof(Games))]
    public void Solve_BundledGame_VerifiesAndMatchesGambit(string name)
    {
        var loaded = GameFile.Load(GameFiles.PathOf(name));
        var result = loaded.NormalForm is { } normal ? EnumPoly.Solve(normal) : EnumPoly.Solve(loaded.ExtensiveForm!);
        foreach (var verdict in EquilibriumVerifier.VerifyAll(loaded, result))
        {
            Assert.True(verdict.IsEquilibrium, $"{name}: {verdict.Describe("enumpoly")}");
        }

        if (DifferentOffPath.Contains(name))
        {
            return;
        }

        var gambit = ExpectedSolutions.Vectors(name, "enumpoly");
        var ours = result.Equilibria.Select(p => p.Flattened.ToArray()).ToList();
        foreach (var expected in gambit)
        {
            Assert.True(ExpectedSolutions.ContainsNear(ours, expected, Tolerance), $"{name}: Gambit's {string.Join(',', expected)} is missing");
        }

        if (!Superset.Contains(name))
        {
            Assert.Equal(gambit.Count, ours.Count);
        }
        else
        {
            Assert.True(ours.Count > gambit.Count);
        }
    }

    [Fact]
    public void Solve_ThreePlayers_FindsAllNineOf2x2x2()
    {
        var game = GameFile.Load(GameFiles.PathOf("2x2x2.nfg")).NormalForm!;
        var ours = EnumPoly.Solve(game).Equilibria.Select(p => p.Flattened.ToArray()).ToList();
        var gambit = ExpectedSolutions.Vectors("2x2x2.nfg", "enumpoly");
        Assert.Equal(9, ours.Count);
        Assert.All(gambit, g => Assert.True(ExpectedSolutions.ContainsNear(ours, g, Tolerance)));
    }

    [Fact]
    public void Solve_FourPlayers_FindsGambitsThreeOf2x2x2x2()
    {
        var game = GameFile.Load(GameFiles.PathOf("2x2x2x2.nfg")).NormalForm!;
        var ours = EnumPoly.Solve(game).Equilibria.Select(p => p.Flattened.ToArray()).ToList();
        var gambit = ExpectedSolutions.Vectors("2x2x2x2.nfg", "enumpoly");
        Assert.Equal(3, ours.Count);
        Assert.All(gambit, g => Assert.True(ExpectedSolutions.ContainsNear(ours, g, Tolerance)));
    }

    [Fact]
    public void Solve_TooManySupports_IsRefused()
    {
        var game = GameFile.Load(GameFiles.PathOf("zerosum-40x40.nfg")).NormalForm!;
        Assert.Throws<SolverNotApplicableException>(() => EnumPoly.Solve(game));
    }
}
