using System.Globalization;
using Brink.Games.Solvers;

namespace Brink.Games.Tests.Solvers;

/// <summary>Logit's branch end against Gambit's <c>gambit-logit -e</c> for every bundled game with a reference, within 1e-4.</summary>
public class LogitConformanceTests
{
    /// <summary>
    /// Games where Gambit's tracer stops at a degenerate bifurcation point that is an equilibrium (players 1 and 2
    /// indifferent all along the branch) and Brink's continues through it to another equilibrium; Brink's end
    /// point is checked for being an equilibrium instead.
    /// </summary>
    private static readonly HashSet<string> DifferentEnd = new(StringComparer.Ordinal) { "2x2x2.nfg" };

    public static TheoryData<string> Small() => ExpectedSolutions.Games("logit", large: false);

    [Theory]
    [MemberData(nameof(Small))]
    public void Solve_BundledGame_MatchesGambitsEndPoint(string name)
    {
        var expected = ExpectedSolutions.Lines(name, "logit").Single().Split(',').Skip(1)
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var result = ExpectedSolutions.Run(name, LogitSolver.Solve, LogitSolver.Solve);
        var actual = Assert.Single(result.Equilibria).Flattened.ToArray();
        if (DifferentEnd.Contains(name))
        {
            var game = Brink.Games.Formats.GameFile.Load(Brink.Games.Tests.Formats.GameFiles.PathOf(name)).NormalForm!;
            Assert.True(Brink.Games.Equilibria.NormalFormRegret.MaxRegret(game, result.Equilibria[0]) <= 1e-6);
            return;
        }

        Assert.Equal(expected.Length, actual.Length);
        for (int k = 0; k < expected.Length; k++)
        {
            Assert.True(Math.Abs(expected[k] - actual[k]) <= 1e-4, $"{name} entry {k}: Gambit {expected[k]}, Brink {actual[k]} ({string.Join(' ', result.Diagnostics)})");
        }
    }
}
