using BenchmarkDotNet.Attributes;
using Brink.Analysis.Fitting;
using Brink.Analysis.Sweeps;
using Brink.Bench.Solvers;
using Brink.Model.Dynamics;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Bench.Analysis;

/// <summary>
/// <c>brink fit</c> on the 39 bundled cases with k-fold and leave-one-out CV (target: 40 cases under 30 s), and a
/// sweep at simulate's throughput (target: 10,000 points × 100 replications; here 1,000 × 100, scaled).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class FitBenchmarks
{
    private Predictor predictor = null!;
    private ModelPack pack = null!;
    private DynamicsParameters dynamics = null!;
    private Situation situation = null!;
    private IReadOnlyList<Situation> cases = null!;

    /// <summary>Loads the pack, the cases and the demo situation.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string root = SolverGames.RepositoryRoot();
        pack = PackLoader.Load(Path.Combine(root, "packs", "iran"));
        predictor = new Predictor(pack);
        dynamics = DynamicsLoader.Load(Path.Combine(root, "packs", "iran", "dynamics.yaml"));
        cases = SituationLoader.LoadDirectory(Path.Combine(root, "data", "cases", "iran"));
        situation = SituationLoader.Load(Path.Combine(root, "data", "situations", "iran-2025-fordow.yaml"));
    }

    /// <summary>The full fit as <c>brink fit</c> runs it.</summary>
    [Benchmark]
    public FitResult FitWithCrossValidation() => Fitter.Fit(predictor, cases, new FitOptions());

    /// <summary>1,000 Latin-hypercube points × 100 replications × 6 steps.</summary>
    [Benchmark]
    public SweepResult ThousandPointSweep() => Sweeper.Run(
        situation,
        pack,
        dynamics,
        [new SweepAxis("state.sanctions", 0, 1, 2), new SweepAxis("state.adversaries.us.threat_credibility", 0, 1, 2)],
        new SweepOptions(SweepDesign.Lhs, 1_000, 100, 6));
}
