using System.Collections.Immutable;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Analysis.Tests.Fitting;

/// <summary>
/// A model that ignores the situation: p_k ∝ exp(θ_k) for the first six categories, θ_7 = 0. Its maximum
/// likelihood estimate is known in closed form (the case frequencies), which makes the fitter checkable.
/// </summary>
internal sealed class FrequencyModel(double priorScale = 100) : IResponseModel
{
    public ImmutableArray<ModelParameter> Parameters { get; } =
        [.. Enumerable.Range(0, 6).Select(k => new ModelParameter($"theta.{k}", 0, priorScale, -10, 10, "log-odds against major"))];

    public ResponseDistribution Predict(Situation situation, ReadOnlySpan<double> parameterValues)
    {
        var weights = new double[7];
        for (int k = 0; k < 6; k++)
        {
            weights[k] = Math.Exp(parameterValues[k]);
        }

        weights[6] = 1;
        double total = weights.Sum();
        return ResponseDistribution.Create([.. weights.Select(w => w / total)]);
    }

    /// <summary>Cases with the given primary responses (the situation itself is the simulation fixture).</summary>
    public static IReadOnlyList<Situation> Cases(params ResponseCategory[] actual) =>
        [.. actual.Select((a, i) => Simulation.Fixtures.Start with
        {
            Id = $"case-{i}",
            Outcome = new CaseOutcome(a, [], null, string.Empty, string.Empty),
        })];
}
