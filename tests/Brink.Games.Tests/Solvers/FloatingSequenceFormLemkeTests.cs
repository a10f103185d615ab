using Brink.Games.Formats;
using Brink.Games.Solvers.Lemke;
using Brink.Games.Tests.Formats;

namespace Brink.Games.Tests.Solvers;

public class FloatingSequenceFormLemkeTests
{
    /// <summary>
    /// Bundled two-player trees with perfect recall whose exact Lemke path takes under a few seconds: not kuhn40 or
    /// leduc (hundreds of sequences per player; they are CFR's benchmarks).
    /// </summary>
    public static TheoryData<string> Trees()
    {
        var data = new TheoryData<string>();
        foreach (var name in GameFiles.Names.Where(n => n.EndsWith(".efg", StringComparison.Ordinal) && n is not ("kuhn40.efg" or "kuhn60.efg" or "leduc.efg")))
        {
            var game = GameFile.Load(GameFiles.PathOf(name)).ExtensiveForm!;
            if (game.PlayerCount == 2 && game.HasPerfectRecall)
            {
                data.Add(name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Trees))]
    public void TrySolve_FollowsTheExactPathToTheSameEndPoint(string name)
    {
        // The floating path is only a shortcut: it must pivot exactly as the exact tableau does and end on the
        // same realisation plans, rational for rational.
        var form = SequenceForm.Create(GameFile.Load(GameFiles.PathOf(name)).ExtensiveForm!);
        var exact = SequenceFormLemke.Solve(form);
        var fast = FloatingSequenceFormLemke.TrySolve(form);
        Assert.NotNull(fast);
        Assert.Equal(exact.First, fast.Value.First);
        Assert.Equal(exact.Second, fast.Value.Second);
        Assert.Equal(exact.Pivots, fast.Value.Pivots);
    }

    [Theory]
    [MemberData(nameof(Trees))]
    public void TrySolve_UnderTheFallbackOrder_FollowsTheExactPathToAnEquilibrium(string name)
    {
        // The order used after a cycle or a false ray: both paths must agree under it too, and end on an
        // equilibrium (exact zero regret).
        var game = GameFile.Load(GameFiles.PathOf(name)).ExtensiveForm!;
        var form = SequenceForm.Create(game);
        var order = SequenceFormLemke.LexPositiveOrder(form);
        var exact = SequenceFormLemke.Solve(form, order);
        var fast = FloatingSequenceFormLemke.TrySolve(form, order);
        Assert.NotNull(exact);
        Assert.NotNull(fast);
        Assert.Equal(exact.Value.First, fast.Value.First);
        Assert.Equal(exact.Value.Second, fast.Value.Second);
        Assert.True(Brink.Games.Equilibria.BehaviourRegret.MaxRegret(game, Lcp.BehaviourProfile(form, fast.Value.First, fast.Value.Second)).IsZero);
    }

    [Fact]
    public void TrySolve_OutOfBudget_GivesUpWithoutTheFallback()
    {
        var form = SequenceForm.Create(GameFile.Load(GameFiles.PathOf("kuhn13.efg")).ExtensiveForm!);
        Assert.Null(FloatingSequenceFormLemke.TrySolve(form, maxPivots: 10));
    }

    [Fact]
    public void Lcp_OnKuhn13_TakesTheCheckedFloatingPath()
    {
        var result = Lcp.Solve(GameFile.Load(GameFiles.PathOf("kuhn13.efg")).ExtensiveForm!);
        Assert.Contains("path=floating, checked exactly", result.Diagnostics);
        Assert.Equal(ExpectedSolutions.Lines("kuhn13.efg", "lcp"), ExpectedSolutions.Lines(result));
    }

    [Fact]
    public void LexPositiveOrder_PutsPlayerTwosRootFirstAndKeepsEveryColumn()
    {
        var form = SequenceForm.Create(GameFile.Load(GameFiles.PathOf("kuhn3.efg")).ExtensiveForm!);
        int n = form.SequenceCounts[0] + form.SequenceCounts[1] + form.InformationSetCount(0) + form.InformationSetCount(1) + 2;
        var order = SequenceFormLemke.LexPositiveOrder(form);
        Assert.Equal(form.SequenceCounts[0] + form.SequenceCounts[1] + form.InformationSetCount(0) + 1, order[0]);
        Assert.Equal(Enumerable.Range(0, n), order.Order());
    }
}
