using System.Collections.Immutable;
using Brink.Model.Situations;

namespace Brink.Model.Prediction;

/// <summary>
/// A probability for each of the seven categories, in ladder order. Invariant: non-negative, summing to 1
/// (within 1e-9); enforced by <see cref="Create"/>.
/// </summary>
public sealed record ResponseDistribution
{
    private ResponseDistribution(ImmutableArray<double> probabilities) => Probabilities = probabilities;

    /// <summary>Probabilities in ladder order (<see cref="ResponseCategories.All"/>).</summary>
    public ImmutableArray<double> Probabilities { get; }

    /// <summary>The probability of one category.</summary>
    public double this[ResponseCategory category] => Probabilities[(int)category];

    /// <summary>The most likely category (the lower rung on ties).</summary>
    public ResponseCategory Top
    {
        get
        {
            int best = 0;
            for (int i = 1; i < Probabilities.Length; i++)
            {
                if (Probabilities[i] > Probabilities[best])
                {
                    best = i;
                }
            }

            return (ResponseCategory)best;
        }
    }

    /// <summary>Validates and normalises away rounding (the sum must already be 1 within 1e-6).</summary>
    public static ResponseDistribution Create(IReadOnlyList<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        if (probabilities.Count != ResponseCategories.Count)
        {
            throw new ArgumentException($"Expected {ResponseCategories.Count} probabilities, got {probabilities.Count}.", nameof(probabilities));
        }

        if (probabilities.Any(p => !double.IsFinite(p) || p < 0))
        {
            throw new ArgumentException("Probabilities must be finite and non-negative.", nameof(probabilities));
        }

        double total = probabilities.Sum();
        if (Math.Abs(total - 1) > 1e-6)
        {
            throw new ArgumentException($"Probabilities sum to {total}, not 1.", nameof(probabilities));
        }

        return new ResponseDistribution(probabilities.Select(p => p / total).ToImmutableArray());
    }

    /// <inheritdoc />
    public bool Equals(ResponseDistribution? other) =>
        other is not null && Probabilities.SequenceEqual(other.Probabilities);

    /// <inheritdoc />
    public override int GetHashCode() => Probabilities.Aggregate(0, (h, p) => HashCode.Combine(h, p));
}
