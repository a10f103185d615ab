using Brink.Games.Solvers.Enumeration;

namespace Brink.Games.Tests.Solvers;

/// <summary>EnumMixed against Gambit's printed equilibria for every bundled game with a reference (exact set equality).</summary>
public class EnumMixedConformanceTests
{
    public static TheoryData<string> Small() => ExpectedSolutions.Games("enummixed", large: false);

    [Theory]
    [MemberData(nameof(Small))]
    public void Solve_BundledGame_MatchesGambitsEquilibria(string name)
    {
        var result = ExpectedSolutions.Run(name, EnumMixed.Solve, EnumMixed.Solve);
        Assert.Equal(ExpectedSolutions.Lines(name, "enummixed"), ExpectedSolutions.Lines(result));
    }
}
