using Brink.Games.Numerics;
using Brink.Games.Profiles;
using Brink.Games.Solvers.LinearProgramming;

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
            // Another optimal profile: an exact equilibrium with the game value of Gambit's.
            var tree = Brink.Games.Formats.GameFile.Load(Brink.Games.Tests.Formats.GameFiles.PathOf(name)).ExtensiveForm!;
            var reduced = Brink.Games.ExtensiveForm.ReducedNormalForm.Create(tree);
            var ours = Assert.Single(result.Equilibria);
            Assert.True(Brink.Games.Equilibria.BehaviourRegret.MaxRegret(reduced, ours).IsZero);
            var gambits = Profile.FromExact(ProfileKind.Behaviour, Segments(tree, expected.Single()));
            Assert.True(Brink.Games.Equilibria.BehaviourRegret.MaxRegret(reduced, gambits).IsZero);
            Assert.Equal(Brink.Games.Equilibria.BehaviourRegret.Value(tree, gambits), Brink.Games.Equilibria.BehaviourRegret.Value(tree, ours));
            return;
        }

        Assert.Equal(expected, actual);
    }

    private static IEnumerable<IEnumerable<Brink.Games.Numerics.Rational>> Segments(Brink.Games.ExtensiveForm.ExtensiveFormGame tree, string line)
    {
        var values = line.Split(',').Skip(1).Select(v => Brink.Games.Numerics.Rational.Parse(v)).ToArray();
        int at = 0;
        foreach (int set in Enumerable.Range(1, tree.PlayerCount).SelectMany(p => tree.PlayerInformationSets[p]))
        {
            int count = tree.InformationSets[set].ActionCount;
            yield return values.Skip(at).Take(count).ToArray();
            at += count;
        }
    }
}
