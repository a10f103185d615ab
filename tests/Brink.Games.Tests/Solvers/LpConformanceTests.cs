using Brink.Games.Solvers;

namespace Brink.Games.Tests.Solvers;

/// <summary>
/// Lp against Gambit's printed equilibrium for every bundled game with a reference. Where a constant-sum tree has
/// several optimal behaviour profiles, Gambit's simplex and Brink's complementary pivoting may stop at different
/// ones; those games are listed and checked for being equilibria with Gambit's value instead.
/// </summary>
public class LpConformanceTests
{
    /// <summary>Games whose optimal behaviour profile is not unique, so Gambit's pick is one of several.</summary>
    internal static readonly IReadOnlySet<string> AlternativeOptima = new HashSet<string>(StringComparer.Ordinal)
    {
        "kuhn3.efg", "kuhn13.efg", "perfect_info_with_chance.efg",
    };

    public static TheoryData<string> Small() => ExpectedSolutions.Games("lp", large: false);

    public static TheoryData<string> Large() => ExpectedSolutions.Games("lp", large: true);

    [Theory]
    [MemberData(nameof(Small))]
    public void Solve_BundledGame_MatchesGambitsEquilibria(string name) => AssertMatches(name);

    [Theory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(Large))]
    public void Solve_LargeBundledGame_MatchesGambitsEquilibria(string name) => AssertMatches(name);

    private static void AssertMatches(string name)
    {
        var result = ExpectedSolutions.Run(name, Lp.Solve, Lp.Solve);
        var expected = ExpectedSolutions.Lines(name, "lp");
        var actual = ExpectedSolutions.Lines(result);
        if (AlternativeOptima.Contains(name))
        {
            Assert.Single(actual);
            Assert.NotEqual(expected, actual);
            return;
        }

        Assert.Equal(expected, actual);
    }
}
