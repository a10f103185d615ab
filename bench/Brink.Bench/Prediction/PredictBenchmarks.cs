using BenchmarkDotNet.Attributes;
using Brink.Bench.Solvers;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;
using Brink.Model.Uncertainty;

namespace Brink.Bench.Prediction;

/// <summary>
/// <c>brink predict</c> on one situation: the probabilities alone (the inner loop of simulate, fit and sweep),
/// with the explanation (target: under 5 ms), and with the explanation and the 90% intervals from 200 parameter
/// draws that the command prints by default (target: under 50 ms).
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
    public PredictionResult WithExplanation() => predictor.Explain(situation, UncertaintyOptions.None);

    /// <summary>As <c>brink predict</c> prints it: the explanation and 90% intervals from 200 draws, one thread.</summary>
    [Benchmark]
    public PredictionResult WithIntervals() => predictor.Explain(situation, UncertaintyOptions.Default);
}
