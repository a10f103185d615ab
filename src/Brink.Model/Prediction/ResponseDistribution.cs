using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
        return FromSpan(probabilities is double[] array ? array : [.. probabilities]);
    }

    // As Create, in loops rather than LINQ: every simulated solve builds one, and the enumerators and the closure
    // over the total were garbage on each. The sum runs in index order, as Enumerable.Sum does for doubles.
    internal static ResponseDistribution FromSpan(ReadOnlySpan<double> probabilities)
    {
        if (probabilities.Length != ResponseCategories.Count)
        {
            throw new ArgumentException($"Expected {ResponseCategories.Count} probabilities, got {probabilities.Length}.", nameof(probabilities));
        }

        double total = 0;
        foreach (double p in probabilities)
        {
            if (!double.IsFinite(p) || p < 0)
            {
                throw new ArgumentException("Probabilities must be finite and non-negative.", nameof(probabilities));
            }
        }

        foreach (double p in probabilities)
        {
            total += p;
        }

        if (Math.Abs(total - 1) > 1e-6)
        {
            throw new ArgumentException($"Probabilities sum to {total}, not 1.", nameof(probabilities));
        }

        var normalised = new double[probabilities.Length];
        for (int i = 0; i < normalised.Length; i++)
        {
            normalised[i] = probabilities[i] / total;
        }

        return new ResponseDistribution(ImmutableCollectionsMarshal.AsImmutableArray(normalised));
    }

    /// <inheritdoc />
    public bool Equals(ResponseDistribution? other) =>
        other is not null && Probabilities.SequenceEqual(other.Probabilities);

    /// <inheritdoc />
    public override int GetHashCode() => Probabilities.Aggregate(0, (h, p) => HashCode.Combine(h, p));
}
