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

    [Fact]
    public void Run_Policy_SameSeedIdenticalAtOneAndTwoThreads()
    {
        var one = Simulate(Fordow, "pressure-then-offer", 1200, threads: 1);
        var two = Simulate(Fordow, "pressure-then-offer", 1200, threads: 2);
        Assert.Equal(one with { Options = two.Options }, two);
    }
}
