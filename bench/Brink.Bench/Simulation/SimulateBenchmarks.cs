using BenchmarkDotNet.Attributes;
using Brink.Analysis.Simulation;
using Brink.Model.Dynamics;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Bench.Simulation;

/// <summary>
/// <c>brink simulate</c> at its target size: 100,000 runs × 12 steps (target: under 5 s on 2 cores), with the
/// pack's predictor and with <see cref="CheapSolver"/> (the engine alone); the cache keeps solver calls to one
/// per distinct rounded state.
/// </summary>
[MemoryDiagnoser]
public class SimulateBenchmarks
{
    private DynamicsParameters dynamics = null!;
    private IDecisionSolver solver = null!;

    /// <summary>Worker threads (0 = every core).</summary>
    [Params(1, 0)]
    public int Threads { get; set; }

    /// <summary>The decision solver: the Iran pack's predictor, or a cheap stand-in that isolates the engine.</summary>
    [Params("pack", "cheap")]
    public string Solver { get; set; } = "pack";

    /// <summary>Loads the Iran pack's dynamics.</summary>
    [GlobalSetup]
    public void Setup()
    {
        dynamics = DynamicsLoader.Load(Path.Combine(RepositoryRoot(), "packs", "iran", "dynamics.yaml"));
        solver = Solver == "cheap"
            ? new CheapSolver()
            : new Predictor(Brink.Model.Packs.PackLoader.Load(Path.Combine(RepositoryRoot(), "packs", "iran")));
    }

    /// <summary>100,000 runs × 12 steps, cache built from scratch each time.</summary>
    [Benchmark]
    public SimulationResult HundredThousandRunsTwelveSteps() =>
        Simulator.Run(Start, solver, dynamics, new SimulationOptions(100_000, 12, 20200103, Threads));

    /// <summary>A January 2020-like decision point: a grave overt blow under heavy sanctions.</summary>
    public static Situation Start { get; } = new(
        "bench-start",
        new DateOnly(2020, 1, 3),
        "Benchmark start",
        "iran",
        new Trigger("us", TriggerKind.Decapitation, 0.9, true, false, 10),
        new WorldState(0.3, 0.9, 0.6, 0.5, 0.6, 0.5, 0.2,
            [new("hezbollah", 0.9), new("houthis", 0.6), new("iraqi_militias", 0.8), new("assad", 0.7)],
            [new("us", 0.8, 0.8, 0.1, 0.9, 10), new("israel", 0.7, 0.7, 0, 0, null)],
            [new("europe", 0.3)],
            MediatorAvailable: true,
            HardlinerInfluence: 0.7,
            OwnElectionMonths: 18,
            WarOngoing: false),
        null);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Directory.Build.props")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
