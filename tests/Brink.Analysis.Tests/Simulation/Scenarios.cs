using Brink.Analysis.Simulation;
using Brink.Model.Dynamics;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Analysis.Tests.Simulation;

/// <summary>Starting points and a runner for the closed-loop tests: the shipped pack, situations and policies, loaded as the CLI loads them.</summary>
internal static class Scenarios
{
    public const ulong Seed = 7;

    private static readonly Lazy<ModelPack> IranPack = new(() => PackLoader.Load(Path.Combine(Fixtures.RepositoryRoot, "packs", "iran")));

    public static ModelPack Pack => IranPack.Value;

    /// <summary>data/situations/iran-2025-fordow.yaml: at war, weak network, heavy sanctions.</summary>
    public static Situation Fordow { get; } = Load("data", "situations", "iran-2025-fordow.yaml");

    /// <summary>data/situations/iran-calm-weak-adversary.yaml: a mild build-up by an irresolute adversary, a mediator at hand.</summary>
    public static Situation Calm { get; } = Load("data", "situations", "iran-calm-weak-adversary.yaml");

    /// <summary>
    /// A healthy economy under sudden maximum pressure: the US exit from the JCPOA (May 2018, data/cases/iran) with
    /// economy 0.8, sanctions 0.2, unrest 0.2, legitimacy 0.7, set through the inputs a policy or --vary sets.
    /// </summary>
    public static Situation Healthy { get; } = With(With(With(With(Load("data", "cases", "iran", "us-jcpoa-exit-2018.yaml"),
        "state.economy", 0.8), "state.sanctions", 0.2), "state.unrest", 0.2), "state.legitimacy", 0.7);

    /// <summary>The situation with one input (a <see cref="SituationInput"/> key, or <c>state.mediator_available</c> as 0/1) set.</summary>
    public static Situation With(Situation situation, string key, double value) =>
        key == "state.mediator_available"
            ? situation with { State = situation.State with { MediatorAvailable = value > 0.5 } }
            : SituationInput.Of(situation).Single(i => i.Key == key).Apply(situation, value);

    public static CrisisPolicy Policy(string name, Situation start, int horizon) =>
        PolicyLoader.Load(Path.Combine(Fixtures.RepositoryRoot, "data", "policies", name + ".yaml"), start, horizon);

    /// <summary>Runs <paramref name="runs"/> trajectories of <paramref name="horizon"/> steps, seed 7, all cores, optionally under a shipped policy.</summary>
    public static SimulationResult Simulate(Situation start, DynamicsParameters dynamics, int runs, int horizon, string? policy = null) =>
        Simulator.Run(start, new Predictor(Pack), dynamics, new SimulationOptions(runs, horizon, Seed), policy: policy is null ? null : Policy(policy, start, horizon));

    private static Situation Load(params string[] parts) => SituationLoader.Load(Path.Combine([Fixtures.RepositoryRoot, .. parts]));
}
