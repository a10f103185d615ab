using Brink.Games.Solvers.Enumeration;

namespace Brink.Games.Tests.Solvers;

/// <summary>EnumPure against Gambit's printed equilibria for every bundled game with a reference (exact set equality).</summary>
public class EnumPureConformanceTests
{
    public static TheoryData<string> Small() => ExpectedSolutions.Games("enumpure", large: false);

    [Theory]
    [MemberData(nameof(Small))]
    public void Solve_BundledGame_MatchesGambitsEquilibria(string name)
    {
        var result = ExpectedSolutions.Run(name, EnumPure.Solve, EnumPure.Solve);
        Assert.Equal(ExpectedSolutions.Lines(name, "enumpure"), ExpectedSolutions.Lines(result));
    }
}
