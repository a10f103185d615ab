using Brink.Games.ExtensiveForm;
using Brink.Games.Formats;
using Brink.Games.Numerics;
using Brink.Games.Profiles;
using Brink.Games.Solvers.Enumeration;
using Brink.Games.Tests.Formats;

namespace Brink.Games.Tests.ExtensiveForm;

public class ReducedNormalFormTests
{
    private static ExtensiveFormGame Tree(string name) => GameFile.Load(GameFiles.PathOf(name)).ExtensiveForm!;

    [Fact]
    public void Create_KrepsWilsonTree_IsTheBundledNormalForm()
    {
        // e04.nfg is Gambit's own normal form of e04.efg.
        var reduced = ReducedNormalForm.Create(Tree("e04.efg")).ToNormalFormGame();
        var normal = GameFile.Load(GameFiles.PathOf("e04.nfg")).NormalForm!;
        Assert.Equal(normal.StrategyCounts, reduced.StrategyCounts);
        Assert.Equal(normal.AllPayoffs.ToArray(), reduced.AllPayoffs.ToArray());
    }

    [Fact]
    public void Create_EntryGame_MergesPlansThatDifferOnlyWhereOwnChoicesRuleThemOut()
    {
        // Player 1: S or T, then A/F at the one of two later sets its first move leaves open: 4 plans, not 8.
        var reduced = ReducedNormalForm.Create(Tree("entry_accommodation.efg"));
        Assert.Equal(4, reduced.Strategies[0].Length);
        Assert.Equal(["11*", "12*", "2*1", "2*2"], reduced.ToNormalFormGame().Strategies[0]);
        Assert.Equal(2, reduced.Strategies[1].Length);
    }

    [Fact]
    public void Create_Centipede_HasThreePlansPerPlayer()
    {
        var reduced = ReducedNormalForm.Create(Tree("cent4.efg"));
        Assert.Equal([3, 3], reduced.Strategies.Select(s => s.Length));
    }

    [Fact]
    public void Payoffs_WithChance_AreExactExpectations()
    {
        // perfect_info_with_chance: a then a fair coin; every leaf after a pays −2 to player 1.
        var reduced = ReducedNormalForm.Create(Tree("perfect_info_with_chance.efg"));
        Assert.Equal(Brink.Games.Numerics.Rational.Create(-2, 1), reduced.Payoffs([0, 0])[0]);
        Assert.Equal(Brink.Games.Numerics.Rational.Create(-1, 1), reduced.Payoffs([1, 0])[0]);
    }

    /// <summary>Player 1 moves, then moves again without remembering its first move.</summary>
    internal const string Forgetful = """
        EFG 2 R "forgetful" { "1" "2" }
        ""
        p "" 1 1 "" { "L" "R" } 0
        p "" 1 2 "" { "a" "b" } 0
        t "" 1 "" { 1, 0 }
        t "" 2 "" { 0, 0 }
        p "" 1 2 "" { "a" "b" } 0
        t "" 3 "" { 0, 0 }
        t "" 4 "" { 1, 0 }
        """;

    [Fact]
    public void Create_ImperfectRecall_IsNotApplicable()
    {
        var game = EfgFormat.Read(Forgetful, "forgetful.efg");
        Assert.False(game.HasPerfectRecall);
        var error = Assert.Throws<SolverNotApplicableException>(() => ReducedNormalForm.Create(game));
        Assert.Contains("perfect recall", error.Message, StringComparison.Ordinal);
        Assert.Throws<SolverNotApplicableException>(() => EnumPure.Solve(game));
        Assert.Throws<SolverNotApplicableException>(() => EnumMixed.Solve(game));
    }

    [Fact]
    public void Tabulate_TooLargeToTabulate_IsRefusedBeforeEnumerating()
    {
        // kuhn13 has about 10^14 reduced profiles: listing even one player's strategies took 40 s and gigabytes;
        // counting them allocates almost nothing. Measured in bytes, not seconds, so a loaded machine cannot fail it.
        var game = Tree("kuhn13.efg");
        long before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<SolverNotApplicableException>(() => ReducedNormalForm.Tabulate(game));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Contains("too many to tabulate", error.Message);
        Assert.True(allocated < 16L << 20, $"refused after allocating {allocated:N0} bytes");
    }

    [Fact]
    public void Tabulate_SmallTree_EqualsCreateThenToNormalFormGame()
    {
        var game = Tree("kuhn3.efg");
        var tabulated = ReducedNormalForm.Tabulate(game);
        var direct = ReducedNormalForm.Create(game).ToNormalFormGame();
        Assert.Equal(direct.StrategyCounts, tabulated.StrategyCounts);
    }
}
