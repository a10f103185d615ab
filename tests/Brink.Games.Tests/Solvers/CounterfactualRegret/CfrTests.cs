using Brink.Games.ExtensiveForm;
using Brink.Games.Formats;
using Brink.Games.Profiles;
using Brink.Games.Solvers.CounterfactualRegret;
using Brink.Games.Solvers.LinearProgramming;
using Brink.Games.Tests.Formats;
using Brink.Games.Verification;

namespace Brink.Games.Tests.Solvers.CounterfactualRegret;

public class CfrTests
{
    /// <summary>Bundled two-player constant-sum trees with perfect recall small enough for every variant in Debug.</summary>
    public static TheoryData<string, CfrVariant> SmallGames()
    {
        var data = new TheoryData<string, CfrVariant>();
        foreach (var name in new[] { "2smp.efg", "4cards.efg", "kuhn3.efg", "nim.efg", "perfect_info_with_chance.efg", "stripped_down_poker.efg", "zerosum_efg_from_sequence_form_STOC94_paper.efg" })
        {
            foreach (var variant in Enum.GetValues<CfrVariant>())
            {
                data.Add(name, variant);
            }
        }

        return data;
    }

    public static TheoryData<CfrVariant> Variants() => [.. Enum.GetValues<CfrVariant>()];

    private static ExtensiveFormGame Load(string name) => GameFile.Load(GameFiles.PathOf(name)).ExtensiveForm!;

    [Theory]
    [MemberData(nameof(SmallGames))]
    public void Run_SmallGame_ReachesTargetCheckedByTheVerifiersEvaluator(string name, CfrVariant variant)
    {
        var game = Load(name);
        double target = 1e-3 * (1 + game.TerminalPayoffsAsDouble.SelectMany(v => v).Max(Math.Abs));

        var run = Cfr.Run(game, new CfrOptions { Variant = variant, TargetExploitability = target });

        Assert.True(run.ReachedTarget, $"{name}: {run.Iterations} iterations, exploitability {run.Exploitability}");
        var measured = Exploitability.Measure(game, run.Profile);
        AssertNear.Equal(run.Exploitability, measured.Exploitability, 1e-9);
        Assert.True(measured.Exploitability <= target);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Run_Kuhn3_ValueIsMinusOneEighteenth(CfrVariant variant)
    {
        // Kuhn poker's value to player 1 is −1/18 (Kuhn 1950; OpenSpiel's cfr_test checks the same number).
        var game = Load("kuhn3.efg");

        var run = Cfr.Run(game, new CfrOptions { Variant = variant, TargetExploitability = 2e-4 });

        AssertNear.Equal(-1.0 / 18, Exploitability.Measure(game, run.Profile).Values[0], 1e-3);
    }

    [Fact]
    public void Run_Leduc_ValueIsOpenSpielsFigure()
    {
        // Leduc hold'em's value to player 1 is −0.085606 (OpenSpiel's published figure for its leduc_poker).
        var game = LeducPoker.Create();

        var run = Cfr.Run(game, new CfrOptions { Variant = CfrVariant.Discounted, TargetExploitability = 2e-4 });

        Assert.True(run.ReachedTarget);
        AssertNear.Equal(-0.085606, Exploitability.Measure(game, run.Profile).Values[0], 1e-3);
    }

    [Fact]
    public void Run_OneIterationOnLeduc_IsTheUniformProfileWithOpenSpielsNashConv()
    {
        // The first iteration plays uniformly; OpenSpiel gives NashConv 4.747222 for Leduc's uniform policy.
        var run = Cfr.Run(LeducPoker.Create(), new CfrOptions { Iterations = 1 });

        AssertNear.Equal(4.747222 / 2, run.Exploitability, 1e-6);
    }

    [Fact]
    public void Run_CfrPlusOnKuhn3_ExploitabilityFallsWithIterations()
    {
        var game = Load("kuhn3.efg");
        var checks = new List<CfrCheckpoint>();

        Cfr.Run(game, new CfrOptions { Iterations = 2000 }, checks.Add);

        // Not monotone check by check, but every tenfold run of iterations at least halves it.
        double At(int iteration) => checks.Last(c => c.Iteration <= iteration).Exploitability;
        Assert.True(At(100) < At(10) / 2);
        Assert.True(At(1000) < At(100) / 2);
        Assert.Equal(2000, checks[^1].Iteration);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Run_AverageProfile_SumsToOnePerInformationSet(CfrVariant variant)
    {
        var game = Load("kuhn13.efg");

        var run = Cfr.Run(game, new CfrOptions { Variant = variant, Iterations = 20 });

        Assert.Equal(game.PlayerInformationSets[1].Length + game.PlayerInformationSets[2].Length, run.Profile.Values.Length);
        Assert.All(run.Profile.Values, segment =>
        {
            Assert.All(segment, p => Assert.InRange(p, 0, 1));
            AssertNear.Equal(1, segment.Sum(), 1e-12);
        });
    }

    [Fact]
    public void BestReply_OnLpsExactEquilibrium_FindsNoExploitability()
    {
        var game = Load("kuhn13.efg");
        var equilibrium = Assert.Single(Lp.Solve(game).Equilibria);
        var tree = new CfrTree(game);

        double own = new CfrBestReply(tree).Exploitability([.. equilibrium.Flattened]);

        AssertNear.Equal(0, own, 1e-12);
        AssertNear.Equal(0, Exploitability.Measure(game, equilibrium).Exploitability, 1e-12);
    }

    [Fact]
    public void Run_OutcomesOnInteriorNodes_CountTowardsThePlay()
    {
        // Player 1 picks L (1) or R; R reaches player 2's node, which carries an outcome of −3 for player 1, then
        // 2 or 5 more. With the interior outcome player 2 picks a (−1 in all) and player 1 takes L: value 1.
        // Ignoring it, R would be worth 2 and player 1 would take it.
        var r = new NodeSpec(NodeKind.Decision, string.Empty, 2, 1, string.Empty, ["a", "b"], [], [NodeSpec.Terminal(2, -2), NodeSpec.Terminal(5, -5)], new OutcomeSpec(0, string.Empty, [-3, 3]));
        var root = NodeSpec.Decision(1, 1, ["L", "R"], NodeSpec.Terminal(1, -1), r);
        var game = ExtensiveFormGame.Create("interior", string.Empty, ["1", "2"], root);

        var run = Cfr.Run(game, new CfrOptions { TargetExploitability = 1e-6 });

        AssertNear.Equal(1, Exploitability.Measure(game, run.Profile).Values[0], 1e-5);
        AssertNear.Equal(1, run.Profile.Values[0][0], 1e-5);
    }

    [Fact]
    public void Run_ConstantSumOtherThanZero_Converges()
    {
        // Matching pennies paying 1 to the winner and 0 to the loser: constant sum 1, value 1/2.
        var root = NodeSpec.Decision(1, 1, ["H", "T"],
            NodeSpec.Decision(2, 1, ["h", "t"], NodeSpec.Terminal(1, 0), NodeSpec.Terminal(0, 1)),
            NodeSpec.Decision(2, 1, ["h", "t"], NodeSpec.Terminal(0, 1), NodeSpec.Terminal(1, 0)));
        var game = ExtensiveFormGame.Create("pennies", string.Empty, ["1", "2"], root);

        var run = Cfr.Run(game, new CfrOptions { TargetExploitability = 1e-4 });

        var measured = Exploitability.Measure(game, run.Profile);
        AssertNear.Equal(0.5, measured.Values[0], 1e-3);
        Assert.True(measured.Exploitability <= 1e-4);
    }

    [Theory]
    [InlineData("3_player.efg", "two-player")]
    [InlineData("entry_accommodation.efg", "constant-sum")]
    [InlineData("myerson.efg", "perfect recall")]
    public void Run_GameOutsideItsReach_ThrowsNotApplicable(string name, string reason)
    {
        var error = Assert.Throws<SolverNotApplicableException>(() => Cfr.Run(Load(name), new CfrOptions()));
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Solve_Kuhn3_ClaimsTheToleranceTheVerifierAccepts()
    {
        var game = Load("kuhn3.efg");

        var result = Cfr.Solve(game, new CfrOptions { Iterations = 30 });

        var verdict = EquilibriumVerifier.Verify(game, Assert.Single(result.Equilibria), result.Tolerance!.Value);
        Assert.True(verdict.IsEquilibrium, verdict.Describe("cfr"));
        Assert.False(EquilibriumVerifier.Verify(game, result.Equilibria[0]).IsEquilibrium);
    }

    [Theory]
    [InlineData("cfr", CfrVariant.Vanilla)]
    [InlineData("cfr+", CfrVariant.Plus)]
    [InlineData("linear", CfrVariant.Linear)]
    [InlineData("dcfr", CfrVariant.Discounted)]
    public void Parse_EachName_RoundTrips(string name, CfrVariant variant)
    {
        Assert.Equal(variant, Cfr.Parse(name));
        Assert.Equal(name, Cfr.Name(variant));
    }
}
