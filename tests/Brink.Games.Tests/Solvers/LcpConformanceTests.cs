using Brink.Games.Solvers.Lemke;

namespace Brink.Games.Tests.Solvers;

/// <summary>Lcp against Gambit's printed equilibria for every bundled game with a reference (exact set equality).</summary>
public class LcpConformanceTests
{
    public static TheoryData<string> Small() => ExpectedSolutions.Games("lcp", large: false);

    public static TheoryData<string> Large() => ExpectedSolutions.Games("lcp", large: true);

    [Theory]
    [MemberData(nameof(Small))]
    public void Solve_BundledGame_MatchesGambitsEquilibria(string name) => AssertMatches(name);

    [Theory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(Large))]
    public void Solve_LargeBundledGame_MatchesGambitsEquilibria(string name) => AssertMatches(name);

    private static void AssertMatches(string name)
    {
        var result = ExpectedSolutions.Run(name, Lcp.Solve, Lcp.Solve);
        Assert.Equal(ExpectedSolutions.Lines(name, "lcp"), ExpectedSolutions.Lines(result));
    }
}
