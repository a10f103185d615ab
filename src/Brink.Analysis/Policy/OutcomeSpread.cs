using System.Collections.Immutable;
using Brink.Model.Uncertainty;

namespace Brink.Analysis.Policy;

/// <summary>
/// An outcome share of one schedule over the parameter draws: the mean and the 10th and 90th percentiles
/// (type-7 quantiles, as <see cref="PredictionIntervals.Quantile"/>). Invariant: Low ≤ Mean ≤ High; all three are
/// equal for a point estimate.
/// </summary>
/// <param name="Mean">Mean over the draws.</param>
/// <param name="Low">10th percentile over the draws.</param>
/// <param name="High">90th percentile over the draws.</param>
public readonly record struct OutcomeSpread(double Mean, double Low, double High)
{
    /// <summary>The lower percentile reported.</summary>
    public const double LowQuantile = 0.1;

    /// <summary>The upper percentile reported.</summary>
    public const double HighQuantile = 0.9;

    /// <summary>The spread of <paramref name="values"/> (one per draw, at least one).</summary>
    public static OutcomeSpread Of(ImmutableArray<double> values)
    {
        if (values.IsDefaultOrEmpty)
        {
            throw new ArgumentException("No values.", nameof(values));
        }

        var sorted = values.Sort();
        double sum = 0;
        foreach (double value in values)
        {
            sum += value;
        }

        // Clamped so rounding in the sum never puts the mean outside the percentiles of equal values.
        double mean = Math.Clamp(sum / values.Length, sorted[0], sorted[^1]);
        return new(mean, PredictionIntervals.Quantile(sorted.AsSpan(), LowQuantile), PredictionIntervals.Quantile(sorted.AsSpan(), HighQuantile));
    }
}
