using Brink.Analysis.Simulation;
using Brink.Model.Dynamics;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Analysis.Tests.Simulation;

/// <summary>Policies (docs/simulation.md, "Policies") with the real Iran predictor and the shipped files.</summary>
public class PolicySimulationTests(ITestOutputHelper output)
{
    private const int Horizon = 24;
    private static readonly ModelPack Pack = PackLoader.Load(Path.Combine(Fixtures.RepositoryRoot, "packs", "iran"));
    private static readonly Situation Fordow = SituationLoader.Load(Path.Combine(Fixtures.RepositoryRoot, "data", "situations", "iran-2025-fordow.yaml"));

    private static readonly Situation JcpoaExit = SituationLoader.Load(Path.Combine(Fixtures.RepositoryRoot, "data", "cases", "iran", "us-jcpoa-exit-2018.yaml"));

    private static CrisisPolicy Shipped(string name, Situation? start = null) =>
        PolicyLoader.Load(Path.Combine(Fixtures.RepositoryRoot, "data", "policies", name + ".yaml"), start ?? Fordow, Horizon);

    private static SimulationResult Simulate(Situation start, string policy, int runs, int threads = 0, DynamicsParameters? dynamics = null) =>
        Simulator.Run(start, new Predictor(Pack), dynamics ?? Fixtures.Iran, new SimulationOptions(runs, Horizon, 7, threads), policy: Shipped(policy, start));

    private static double Share(SimulationResult result, string outcome) =>
        result.Outcomes.Single(o => o.Step == Horizon && o.Outcome == outcome).Share;

    private static double Mean(SimulationResult result, int step, string variable) =>
        result.States.Single(s => s.Step == step && s.Variable == variable).Mean;

    [Theory]
    [InlineData("maximum-pressure")]
    [InlineData("pressure-then-offer")]
    [InlineData("engagement-europe-lifeline")]
    public void Run_ShippedPolicy_RunsWithTheRealPredictorAndPinsItsInputs(string name)
    {
        var result = Simulate(Fordow, name, 1000);
        double total = result.Outcomes.Where(o => o.Step == Horizon).Sum(o => o.Share);
        Assert.Equal(1.0, total, 1e-12);
        output.WriteLine($"{name}: deal {Share(result, "deal"):F3} war {Share(result, "war"):F3} sanctions@24 {Mean(result, Horizon, "sanctions"):F3}");
        // Step 1 is solved exactly on the start with step 1's entries applied.
        var start = TrajectoryWorker.Start(Fordow, Shipped(name));
        Assert.Equal(Shipped(name).Entries[0].Settings.First(s => s.Path == "state.sanctions").Value, start.Sanctions);
    }

    [Fact]
    public void Run_EngagementVersusMaximumPressure_MoreDealsUnderEngagement()
    {
        const int Runs = 2000;
        var pressure = Simulate(Fordow, "maximum-pressure", Runs);
        var engagement = Simulate(Fordow, "engagement-europe-lifeline", Runs);
        output.WriteLine($"deal: pressure {Share(pressure, "deal"):F3}, engagement {Share(engagement, "deal"):F3}");
        Assert.True(Share(engagement, "deal") > Share(pressure, "deal") + Fixtures.ShareTolerance(Runs));
    }

    // A healthy economy under sudden maximum pressure: the US exit from the JCPOA (May 2018, data/cases/iran)
    // with economy 0.8, sanctions 0.2, unrest 0.2, legitimacy 0.7, set through the inputs a policy or --vary sets.
    private static Situation Healthy()
    {
        var inputs = SituationInput.Of(JcpoaExit);
        var s = JcpoaExit;
        foreach (var (key, value) in new[] { ("state.economy", 0.8), ("state.sanctions", 0.2), ("state.unrest", 0.2), ("state.legitimacy", 0.7) })
        {
            s = inputs.First(i => i.Key == key).Apply(s, value);
        }

        return s;
    }

    // Mean sampled share of concede over steps from..to: an unbiased estimate of the mean concede probability.
    private static double MeanConcede(SimulationResult result, int from, int to) =>
        result.Responses.Where(r => r.Response == "concede" && r.Step >= from && r.Step <= to).Average(r => r.Share);

    [Fact]
    [Trait("Category", "Slow")]
    public void Run_MaximumPressureWithAccumulation_ConcedeRisesAndTheEconomyErodesFurther()
    {
        const int Runs = 2000;
        var accumulating = Simulate(Healthy(), "maximum-pressure", Runs);
        var frozen = Simulate(Healthy(), "maximum-pressure", Runs, dynamics: Fixtures.Iran with { BurdenAccumulation = 0 });
        double rise = MeanConcede(accumulating, 19, 24) - MeanConcede(accumulating, 1, 6);
        double frozenRise = MeanConcede(frozen, 19, 24) - MeanConcede(frozen, 1, 6);
        output.WriteLine($"concede 1-6 {MeanConcede(accumulating, 1, 6):F4} 19-24 {MeanConcede(accumulating, 19, 24):F4}; rate 0: {MeanConcede(frozen, 1, 6):F4} {MeanConcede(frozen, 19, 24):F4}");
        output.WriteLine($"economy@24 {Mean(accumulating, Horizon, "economy"):F3} vs rate 0 {Mean(frozen, Horizon, "economy"):F3}");

        // Each step's share has standard error at most sqrt(0.06·0.94/2000) ≈ 0.0053 (concede stays under 6%);
        // a six-step mean about 0.0022 and a difference of two about 0.0031. Measured rise 0.030: the margin
        // 0.015 is about five standard errors below it.
        Assert.True(rise > 0.015, $"rise {rise}");
        // Measured mean economy at step 24: 0.086 with accumulation, 0.206 without.
        Assert.True(Mean(accumulating, Horizon, "economy") < Mean(frozen, Horizon, "economy") - 0.08);

        // Not what the issue hoped for, recorded so a change shows: without accumulation concede rises just as
        // much (measured 0.0296 against 0.0301). The rise comes from channels other than the economy — under
        // maximum pressure the decision model's concede probability moves only from 0.016 to 0.036 across the
        // whole economy range — so the burden, which acts through the economy, cannot be told apart here.
        Assert.True(Math.Abs(rise - frozenRise) < 0.01, $"rise {rise} vs {frozenRise} without accumulation");
    }

    [Fact]
    public void Run_Policy_SameSeedIdenticalAtOneAndTwoThreads()
    {
        var one = Simulate(Fordow, "pressure-then-offer", 1200, threads: 1);
        var two = Simulate(Fordow, "pressure-then-offer", 1200, threads: 2);
        Assert.Equal(one with { Options = two.Options }, two);
    }
}
