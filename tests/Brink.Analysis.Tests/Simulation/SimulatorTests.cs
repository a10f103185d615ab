using Brink.Analysis.Simulation;
using Brink.Model.Prediction;
using Brink.Model.Situations;
using FsCheck;
using FsCheck.Fluent;

namespace Brink.Analysis.Tests.Simulation;

public class SimulatorTests
{
    // The accumulator's histogram resolution on 0..1 (documented on StateDistributionRow).
    private const int SimulationAccumulatorBins = 4096;

    private static SimulationResult Simulate(IDecisionSolver solver, int runs = 2000, int horizon = 8, ulong seed = 20200103, int threads = 0) =>
        Simulator.Run(Fixtures.Start, solver, Fixtures.Iran, new SimulationOptions(runs, horizon, seed, threads));

    [Fact]
    public void Run_SameSeed_IdenticalAtOneTwoAndEightThreads()
    {
        var one = Simulate(new StateDrivenSolver(), runs: 3000, threads: 1);
        var two = Simulate(new StateDrivenSolver(), runs: 3000, threads: 2);
        var eight = Simulate(new StateDrivenSolver(), runs: 3000, threads: 8);
        Assert.Equal(one with { Options = two.Options }, two);
        Assert.Equal(one with { Options = eight.Options }, eight);
        Assert.True(one.SolverCalls > 10, "the test must exercise the cache");
    }

    [Fact]
    public void Run_CacheBoundedOrNot_IdenticalResults()
    {
        var unbounded = Simulator.Run(Fixtures.Start, new StateDrivenSolver(), Fixtures.Iran, new SimulationOptions(1000, 6, 5, MaxCachedStates: int.MaxValue), cancellationToken: TestContext.Current.CancellationToken);
        var uncached = Simulator.Run(Fixtures.Start, new StateDrivenSolver(), Fixtures.Iran, new SimulationOptions(1000, 6, 5, MaxCachedStates: 0), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(unbounded with { Options = uncached.Options }, uncached);
        Assert.Equal(1 + (1000 * 5), uncached.SolverCalls);
        Assert.True(unbounded.SolverCalls < uncached.SolverCalls);
    }

    [Fact]
    public void Run_DifferentSeeds_DifferentTrajectories()
    {
        var a = Simulate(new StateDrivenSolver(), seed: 1);
        var b = Simulate(new StateDrivenSolver(), seed: 2);
        Assert.NotEqual(a.Responses.Select(r => r.Count), b.Responses.Select(r => r.Count));
        Assert.NotEqual(a.States.Select(r => r.Mean), b.States.Select(r => r.Mean));
    }

    [Fact]
    public void Run_OutcomeShares_SumToOneAtEveryStepAndOutcomesAreAbsorbing()
    {
        var result = Simulate(new StateDrivenSolver(), horizon: 12);
        var byStep = result.Outcomes.GroupBy(r => r.Step).OrderBy(g => g.Key).ToList();
        Assert.Equal(12, byStep.Count);
        Assert.All(byStep, g => Assert.Equal(1.0, g.Sum(r => r.Share), 12));
        Assert.All(byStep, g => Assert.Equal(2000, g.Sum(r => r.Count)));
        for (int step = 1; step < byStep.Count; step++)
        {
            foreach (string ended in new[] { "war", "deal", "regime_crisis" })
            {
                Assert.True(byStep[step].Single(r => r.Outcome == ended).Count >= byStep[step - 1].Single(r => r.Outcome == ended).Count, ended);
            }
        }
    }

    [Fact]
    public void Run_AnySeed_QuantilesOrderedAndEveryValueOnZeroToOne()
    {
        Prop.ForAll(
            ArbMap.Default.ArbFor<ulong>(),
            seed =>
            {
                var result = Simulate(new StateDrivenSolver(), runs: 64, horizon: 6, seed: seed);
                bool ordered = result.States.All(r => r.P05 <= r.P25 && r.P25 <= r.P50 && r.P50 <= r.P75 && r.P75 <= r.P95);
                bool bounded = result.States.All(r => r.Mean is >= 0 and <= 1 && r.P05 >= 0 && r.P95 <= 1);
                bool outcomes = result.Outcomes.GroupBy(r => r.Step).All(g => g.Sum(r => r.Count) == 64);
                return ordered && bounded && outcomes;
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Run_ResponseAndReplyShares_SumToOneAtEveryStep()
    {
        var result = Simulate(new StateDrivenSolver());
        Assert.All(result.Responses.GroupBy(r => r.Step), g => Assert.Equal(1.0, g.Sum(r => r.Share), 12));
        Assert.All(result.Replies.GroupBy(r => r.Step), g => Assert.Equal(1.0, g.Sum(r => r.Share), 12));
        Assert.Equal(8 * 7, result.Responses.Length);
        Assert.Equal(9 * Enum.GetValues<StateVariable>().Length, result.States.Length);
    }

    [Fact]
    public void Run_Triggers_SharesSumToOneAndQuietDynamicsDrawOnlyNone()
    {
        var result = Simulate(new StateDrivenSolver(), horizon: 4);
        Assert.All(result.Triggers.GroupBy(r => r.Step), g => Assert.Equal(1.0, g.Sum(r => r.Share), 12));
        Assert.Equal(4 * 14, result.Triggers.Length);

        var quiet = Simulator.Run(Fixtures.Start, new StateDrivenSolver(), Fixtures.Iran with { Transitions = Brink.Model.Dynamics.TriggerTransitionModel.Quiet }, new SimulationOptions(200, 3, 1), cancellationToken: TestContext.Current.CancellationToken);
        Assert.All(quiet.Triggers, r => Assert.Equal(r.Trigger == "none" ? 1.0 : 0.0, r.Share));
    }

    [Fact]
    public void Run_Result_SerialisesToJsonWithTidyTables()
    {
        var result = Simulate(new StateDrivenSolver(), runs: 50, horizon: 2);
        string json = Brink.Analysis.Runs.RunResult.Of(result).Json;
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(3 * Enum.GetValues<StateVariable>().Length, root.GetProperty("states").GetArrayLength());
        Assert.Equal("economy", root.GetProperty("states")[0].GetProperty("variable").GetString());
        Assert.Equal(20200103UL, root.GetProperty("options").GetProperty("seed").GetUInt64());
        Assert.Equal(2 * 4, root.GetProperty("outcomes").GetArrayLength());
        Assert.Equal(2 * 4, root.GetProperty("hazards").GetArrayLength());
        Assert.Equal(4, root.GetProperty("times_to_outcome").GetArrayLength());
    }

    [Fact]
    public void Run_FixedSolver_ResponseFrequenciesMatchProbabilitiesWithinSamplingTolerance()
    {
        const int runs = 20_000;
        double[] focal = [0.1, 0.4, 0.05, 0.1, 0.2, 0.1, 0.05];
        double[] reply = [0.2, 0.5, 0.3];
        double tolerance = Fixtures.ShareTolerance(runs);
        Assert.True(tolerance < 0.02, "too few runs for a meaningful check");
        var result = Simulate(new FixedSolver(focal, reply), runs: runs, horizon: 3);
        foreach (var row in result.Responses)
        {
            Assert.True(ResponseCategories.TryParse(row.Response, out var category));
            Assert.InRange(row.Share, focal[(int)category] - tolerance, focal[(int)category] + tolerance);
        }

        foreach (var row in result.Replies)
        {
            double expected = reply[(int)Enum.Parse<AdversaryReply>(row.Reply.Replace("_", string.Empty), ignoreCase: true)];
            Assert.InRange(row.Share, expected - tolerance, expected + tolerance);
        }
    }

    [Fact]
    public void Run_SolverAlwaysMajor_EveryRunIsWarFromStepOne()
    {
        var result = Simulate(FixedSolver.Always(ResponseCategory.Major, AdversaryReply.Escalate), runs: 500, horizon: 3);
        Assert.All(result.Outcomes.Where(r => r.Outcome == "war"), r => Assert.Equal(1.0, r.Share));
    }

    [Fact]
    public void Run_SolverAlwaysConcedesToBackingDown_DealsAndFallingSanctions()
    {
        var result = Simulate(FixedSolver.Always(ResponseCategory.Concede, AdversaryReply.BackDown), runs: 500, horizon: 4);
        Assert.Equal(1.0, result.Outcomes.Single(r => r.Step == 1 && r.Outcome == "deal").Share);
        var sanctions = result.States.Where(r => r.Variable == "sanctions").OrderBy(r => r.Step).Select(r => r.Mean).ToList();
        Assert.True(sanctions[1] < sanctions[0], string.Join(", ", sanctions));
    }

    [Fact]
    public void Run_CrackdownCostingLegitimacy_RegimeCrisisOnceBelowThreshold()
    {
        var dynamics = Fixtures.Iran with { CrackdownLegitimacyCost = 0.2 };
        var result = Simulator.Run(Fixtures.Start, FixedSolver.Always(ResponseCategory.Crackdown, AdversaryReply.BackDown), dynamics, new SimulationOptions(500, 3, 7), cancellationToken: TestContext.Current.CancellationToken);
        // Legitimacy 0.5 → about 0.3 after one crackdown, about 0.1 (< 0.2) after the second.
        Assert.Equal(0.0, result.Outcomes.Single(r => r.Step == 1 && r.Outcome == "regime_crisis").Share);
        Assert.Equal(1.0, result.Outcomes.Single(r => r.Step == 2 && r.Outcome == "regime_crisis").Share);
    }

    [Fact]
    public void Run_StepZero_IsTheStartStateForEveryRun()
    {
        var result = Simulate(new StateDrivenSolver(), runs: 300, horizon: 1);
        var start = result.States.Where(r => r.Step == 0).ToDictionary(r => r.Variable);
        double halfBin = 0.5 / SimulationAccumulatorBins;
        Assert.Equal(0.3, start["economy"].Mean, 9);
        Assert.Equal(0.75, start["mean_proxy_strength"].Mean, 9);
        Assert.Equal(0.6, start["deterrence_credibility"].P05, halfBin);
        Assert.Equal(0.6, start["deterrence_credibility"].P95, halfBin);
    }

    [Fact]
    public void Run_CacheMisses_SolverSeesOnlyRoundedStatesAfterTheExactStart()
    {
        var solver = new FixedSolver([0.2, 0.3, 0.1, 0.1, 0.1, 0.1, 0.1], [0.3, 0.4, 0.3]);
        var result = Simulate(solver, runs: 400, horizon: 5, threads: 1);
        var asked = solver.Asked.ToList();
        Assert.Equal(10, asked[0].Trigger.Casualties);
        Assert.Equal(Fixtures.Start.State.Economy, asked[0].State.Economy);
        Assert.Equal(result.SolverCalls, asked.Count);
        foreach (var situation in asked.Skip(1))
        {
            var s = situation.State;
            double[] values = [s.Economy, s.Sanctions, s.Unrest, s.Legitimacy, s.DeterrenceCredibility, s.NuclearLatency, situation.Trigger.Severity, .. s.Proxies.Select(p => p.Strength)];
            Assert.All(values, v => Assert.Equal(Math.Round(v / 0.05), v / 0.05, 9));
        }
    }

    [Fact]
    public void Run_NoPartnersNoAdversariesDomesticTrigger_RunsAndAccountsForEveryRun()
    {
        var lonely = Fixtures.Start with
        {
            Trigger = new Trigger("domestic", TriggerKind.DomesticProtest, 0.7, true, true, null),
            State = Fixtures.Start.State with { Proxies = [], Adversaries = [], OwnElectionMonths = null },
        };
        var result = Simulator.Run(lonely, new StateDrivenSolver(), Fixtures.Iran, new SimulationOptions(300, 6, 3), cancellationToken: TestContext.Current.CancellationToken);
        Assert.All(result.Outcomes.GroupBy(r => r.Step), g => Assert.Equal(300, g.Sum(r => r.Count)));
        Assert.All(result.States.Where(r => r.Variable == "mean_proxy_strength"), r => Assert.Equal(0, r.Mean));
        Assert.All(result.Triggers.Where(r => r.Trigger is "strike_on_proxy" or "proxy_collapse"), r => Assert.Equal(0, r.Count));
    }

    [Fact]
    public void Run_CancelledToken_ThrowsAndReturnsNothing()
    {
        // The workbench's Cancel: a tripped token stops the workers before another run, and no partial result comes back.
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var progress = new MaximumProgress();
        Assert.ThrowsAny<OperationCanceledException>(() => Simulator.Run(Fixtures.Start, new StateDrivenSolver(), Fixtures.Iran, new SimulationOptions(5000, 4, 1), progress, cancellationToken: cancellation.Token));
        Assert.True(progress.Maximum < 5000);
    }

    [Fact]
    public void Run_Progress_ReachesTheRunCount()
    {
        var progress = new MaximumProgress();
        Simulator.Run(Fixtures.Start, new StateDrivenSolver(), Fixtures.Iran, new SimulationOptions(1500, 2, 1), progress, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(1500, progress.Maximum);
    }

    [Theory]
    [InlineData(0, 5, 0, 0.05, "Runs")]
    [InlineData(10, 0, 0, 0.05, "Horizon")]
    [InlineData(10, 5, -1, 0.05, "MaxDegreeOfParallelism")]
    [InlineData(10, 5, 0, 0.0, "Grid")]
    [InlineData(10, 5, 0, 0.9, "Grid")]
    [InlineData(10, 5, 0, 0.05, "MaxCachedStates", -1)]
    public void Run_InvalidOptions_ThrowsNamingTheOption(int runs, int horizon, int threads, double grid, string name, int capacity = 10)
    {
        var options = new SimulationOptions(runs, horizon, 1, threads, grid, capacity);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Simulator.Run(Fixtures.Start, new StateDrivenSolver(), Fixtures.Iran, options, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(name, error.ParamName);
    }

    private sealed class MaximumProgress : IProgress<int>
    {
        private int maximum;

        public int Maximum => maximum;

        public void Report(int value)
        {
            int seen;
            while (value > (seen = Volatile.Read(ref maximum)) && Interlocked.CompareExchange(ref maximum, value, seen) != seen)
            {
            }
        }
    }
}
