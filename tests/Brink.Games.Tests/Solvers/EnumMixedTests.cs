using Brink.Games.Equilibria;
using Brink.Games.NormalForm;
using Brink.Games.Numerics;
using Brink.Games.Profiles;
using Brink.Games.Solvers.Enumeration;
using Brink.Games.Solvers.Lemke;
using Brink.Games.Tests.Formats;
using FsCheck;
using FsCheck.Fluent;

namespace Brink.Games.Tests.Solvers;

public class EnumMixedTests
{
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    /// <summary>A random two-player game up to 6×6 with integer payoffs in −9..9.</summary>
    private static NormalFormGame RandomBimatrix(int seed)
    {
        var random = new Random(seed);
        int m = random.Next(1, 7), n = random.Next(1, 7);
        var payoffs = Enumerable.Range(0, m * n * 2).Select(_ => Rational.Create(random.Next(-9, 10), 1)).ToArray();
        return NormalFormGame.Create("random", string.Empty, ["1", "2"],
            [[.. Enumerable.Range(1, m).Select(i => $"r{i}")], [.. Enumerable.Range(1, n).Select(j => $"c{j}")]], payoffs);
    }

    private static Rational Regret(NormalFormGame game, Profile profile) =>
        NormalFormRegret.MaxRegret(game, profile.Exact.Select(s => (IReadOnlyList<Rational>)s).ToList());

    [Fact]
    public void Solve_RandomBimatrices_EveryProfileHasZeroRegret() =>
        Check.One(PropertyConfig.WithTests(300), Prop.ForAll(Seeds, seed =>
        {
            var game = RandomBimatrix(seed);
            var equilibria = EnumMixed.Solve(game).Equilibria;
            return equilibria.Length > 0 && equilibria.All(p => Regret(game, p).IsZero);
        }));

    [Fact]
    public void Solve_RandomBimatrices_EveryLcpEquilibriumIsAmongThem() =>
        Check.One(PropertyConfig.WithTests(300), Prop.ForAll(Seeds, seed =>
        {
            var game = RandomBimatrix(seed);
            var all = EnumMixed.Solve(game).Equilibria.Select(p => GambitOutput.FormatLine(p)).ToHashSet();
            return Lcp.Solve(game).Equilibria.All(p => all.Contains(GambitOutput.FormatLine(p)));
        }));

    [Fact]
    public void Solve_MatchingPennies_TheUniqueMixedEquilibrium()
    {
        var game = NormalFormGame.Create("pennies", string.Empty, ["1", "2"], [["H", "T"], ["H", "T"]],
            [.. new[] { 1, -1, -1, 1, -1, 1, 1, -1 }.Select(v => Rational.Create(v, 1))]);
        Assert.Equal(["NE,1/2,1/2,1/2,1/2"], EnumMixed.Solve(game).Equilibria.Select(p => GambitOutput.FormatLine(p)));
    }

    [Fact]
    public void Solve_ThreePlayers_IsNotApplicable()
    {
        var game = Brink.Games.Formats.GameFile.Load(GameFiles.PathOf("2x2x2.nfg")).NormalForm!;
        Assert.Throws<SolverNotApplicableException>(() => EnumMixed.Solve(game));
    }
}
