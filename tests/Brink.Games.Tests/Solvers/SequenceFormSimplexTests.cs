using Brink.Games.Equilibria;
using Brink.Games.Formats;
using Brink.Games.Solvers.Lemke;
using Brink.Games.Solvers.LinearProgramming;
using Brink.Games.Tests.Formats;

namespace Brink.Games.Tests.Solvers;

public class SequenceFormSimplexTests
{
    /// <summary>Bundled constant-sum trees with Gambit's lp answer.</summary>
    public static TheoryData<string> ConstantSumTrees() =>
        [.. GameFiles.Names.Where(n => n.EndsWith(".efg", StringComparison.Ordinal) && File.Exists(ExpectedSolutions.ExpectedPath(n, "lp")))];

    [Theory]
    [MemberData(nameof(ConstantSumTrees))]
    public void TrySolve_GivesAnExactEquilibriumWithGambitsValue(string name)
    {
        var game = GameFile.Load(GameFiles.PathOf(name)).ExtensiveForm!;
        var form = SequenceForm.Create(game);
        var solution = SequenceFormSimplex.TrySolve(form);
        Assert.NotNull(solution);
        var ours = Lcp.BehaviourProfile(form, solution.Value.First, solution.Value.Second);
        Assert.True(BehaviourRegret.MaxRegret(game, ours).IsZero);
        var gambits = Lp.Solve(game).Equilibria.Single();
        Assert.Equal(BehaviourRegret.Value(game, gambits), BehaviourRegret.Value(game, ours));
    }

    [Fact]
    public void Lp_OnKuhn40_HandsTheLongLemkePathToTheSimplexMethod()
    {
        // Lemke's path on kuhn40 is about 750,000 pivots long (Gambit's lp and lcp both pass 60 s on it).
        var game = GameFile.Load(GameFiles.PathOf("kuhn40.efg")).ExtensiveForm!;
        var result = Lp.Solve(game);
        Assert.Contains("path=simplex, checked exactly", result.Diagnostics);
        Assert.True(BehaviourRegret.MaxRegret(game, result.Equilibria.Single()).IsZero);
    }
}
