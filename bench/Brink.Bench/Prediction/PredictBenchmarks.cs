using BenchmarkDotNet.Attributes;
using Brink.Bench.Solvers;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Bench.Prediction;

/// <summary>
/// <c>brink predict</c> on one situation (target: under 5 ms): the probabilities alone (the inner loop of
/// simulate, fit and sweep) and with the explanation the command prints.
/// </summary>
[MemoryDiagnoser]
public class PredictBenchmarks
{
    private Predictor predictor = null!;
    private Situation situation = null!;

    /// <summary>Loads the Iran pack and the bundled 2025 situation.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string root = SolverGames.RepositoryRoot();
        predictor = new Predictor(PackLoader.Load(Path.Combine(root, "packs", "iran")));
        situation = SituationLoader.Load(Path.Combine(root, "data", "situations", "iran-2025-fordow.yaml"));
    }

    /// <summary>The seven probabilities.</summary>
    [Benchmark]
    public ResponseDistribution Probabilities() => predictor.Predict(situation);

    /// <summary>Probabilities with utilities by objective, sensitivities and the flip counterfactual.</summary>
    [Benchmark]
    public PredictionResult WithExplanation() => predictor.Explain(situation);
}
