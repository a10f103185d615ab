using Brink.Games.Formats;
using Brink.Games.Numerics;
using Brink.Games.Solvers.Lemke;
using Brink.Games.Tests.Formats;

namespace Brink.Games.Tests.Solvers;

public class FloatingLemkeHowsonSearchTests
{
    /// <summary>Bundled two-player normal forms whose exact search takes under a second or so.</summary>
    public static TheoryData<string> Bimatrices()
    {
        var data = new TheoryData<string>();
        foreach (var name in GameFiles.Names.Where(n => n.EndsWith(".nfg", StringComparison.Ordinal) && !n.StartsWith("zerosum-", StringComparison.Ordinal)))
        {
            if (GameFile.Load(GameFiles.PathOf(name)).NormalForm!.PlayerCount == 2 && name != "rand2p-60x60.nfg")
            {
                data.Add(name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Bimatrices))]
    public void TryExplore_BundledGame_FindsTheExactSearchsEquilibriaInItsOrder(string name)
    {
        // The floating search is only a shortcut: it must take the exact search's paths (the same ratio-test
        // ties broken the same way) and so print the same equilibria, rational for rational, in the same order.
        var (rowPayoffs, columnPayoffs) = Lcp.Bimatrix(GameFile.Load(GameFiles.PathOf(name)).NormalForm!);
        AssertSameAsExact(rowPayoffs, columnPayoffs);
    }

    [Fact]
    public void TryExplore_DegenerateRandomGames_FindsTheExactSearchsEquilibriaInItsOrder()
    {
        // Payoffs in -2..2 on up to 9x9 tables: many ratio ties, so the lexicographic rule decides most paths.
        var random = new Random(20261205);
        for (int game = 0; game < 40; game++)
        {
            int m = random.Next(2, 10), n = random.Next(2, 10);
            var a = new Rational[m, n];
            var b = new Rational[m, n];
            bool zeroSum = game % 2 == 0;
            for (int i = 0; i < m; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    a[i, j] = random.Next(-2, 3);
                    b[i, j] = zeroSum ? -a[i, j] : random.Next(-2, 3);
                }
            }

            AssertSameAsExact(a, b);
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Lcp_OnZerosum40_TakesTheFloatingSearchAndMatchesGambit()
    {
        var result = ExpectedSolutions.Run("zerosum-40x40.nfg", Lcp.Solve, Lcp.Solve);
        Assert.Contains("path=floating, bases solved exactly", result.Diagnostics);
        Assert.Equal(ExpectedSolutions.Lines("zerosum-40x40.nfg", "lcp"), ExpectedSolutions.Lines(result));
    }

    [Fact]
    public void Lcp_OnRandomZeroSum20x20_PrintsOnlyExactlyVerifiedEquilibria()
    {
        // zerosum-80x80's check at unit-test size (the 80x80 game itself is in bench: LcpBenchmarks, 4 s).
        var random = new Random(20);
        var names = Enumerable.Range(1, 20).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var payoffs = new List<Rational>();
        for (int k = 0; k < 20 * 20; k++)
        {
            int a = random.Next(-9, 10);
            payoffs.AddRange([a, -a]);
        }

        var game = Brink.Games.NormalForm.NormalFormGame.Create("zerosum-20x20", string.Empty, ["P1", "P2"], [names, names], payoffs);
        var result = Lcp.Solve(game);

        Assert.Contains("path=floating, bases solved exactly", result.Diagnostics);
        Assert.NotEmpty(result.Equilibria);
        Assert.All(result.Equilibria, profile =>
        {
            var verdict = Brink.Games.Verification.EquilibriumVerifier.Verify(game, profile);
            Assert.True(verdict.IsEquilibrium && verdict.ExactRegret is { IsZero: true }, verdict.Describe("lcp"));
        });
    }

    private static void AssertSameAsExact(Rational[,] rowPayoffs, Rational[,] columnPayoffs)
    {
        var (a, b) = LemkeHowson.PositiveTables(rowPayoffs, columnPayoffs);
        var exact = Lcp.ExactSearch(a, b, out int exactPivots);
        var fast = new List<Rational[][]>();
        int fastPivots = 0;
        Assert.True(FloatingLemkeHowsonSearch.TryExplore(a, b, fast, ref fastPivots));
        Assert.Equal(exact.Count, fast.Count);
        for (int k = 0; k < exact.Count; k++)
        {
            Assert.True(Lcp.SameProfile(exact[k], fast[k]));
        }

        Assert.Equal(exactPivots, fastPivots);
    }
}
