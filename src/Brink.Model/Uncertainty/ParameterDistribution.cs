using System.Collections.Immutable;
using Brink.Model.Packs;
using Brink.Model.Randomness;

namespace Brink.Model.Uncertainty;

/// <summary>
/// The Laplace approximation of the posterior of a pack's free parameters: a Gaussian centred on the fitted
/// values with the fit's covariance (or, for a fit recorded without one, the diagonal of its standard errors),
/// truncated to each parameter's fitting bounds. Invariant: <see cref="Mean"/>, <see cref="Lower"/> and
/// <see cref="Upper"/> have one entry per free parameter (pack order), Lower ≤ Mean ≤ Upper, and
/// <see cref="Factor"/> is a lower-triangular L with L·Lᵀ the covariance (zero columns for fixed parameters).
/// </summary>
public sealed class ParameterDistribution
{
    /// <summary>Draws outside the bounds are redrawn this many times before the last one is clamped.</summary>
    public const int MaxAttempts = 100;

    private readonly double[,] factor;

    private ParameterDistribution(ImmutableArray<double> mean, double[,] factor, ImmutableArray<double> lower, ImmutableArray<double> upper, string source)
    {
        Mean = mean;
        this.factor = factor;
        Lower = lower;
        Upper = upper;
        Source = source;
    }

    /// <summary>The fitted values, in the pack's free order.</summary>
    public ImmutableArray<double> Mean { get; }

    /// <summary>Smallest value of each parameter.</summary>
    public ImmutableArray<double> Lower { get; }

    /// <summary>Largest value of each parameter.</summary>
    public ImmutableArray<double> Upper { get; }

    /// <summary>Where the covariance came from: <c>covariance</c> (the fit's full matrix) or <c>standard_errors</c> (its diagonal).</summary>
    public string Source { get; }

    /// <summary>A copy of the Cholesky factor of the covariance.</summary>
    public double[,] Factor => (double[,])factor.Clone();

    /// <summary>
    /// The approximation recorded in <paramref name="pack"/>'s fitted block, or null when the pack has none. A
    /// free parameter the covariance (or the standard errors) does not cover is held at its value.
    /// </summary>
    public static ParameterDistribution? FromPack(ModelPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        if (pack.Fitted is not { } fit)
        {
            return null;
        }

        var names = pack.Free.Select(f => f.Definition.Name).ToArray();
        int n = names.Length;
        var covariance = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                covariance[i, j] = fit.Covariance is { } full
                    ? full.Entry(names[i], names[j]) ?? 0
                    : i == j && fit.StandardErrors.TryGetValue(names[i], out double se) && double.IsFinite(se) ? se * se : 0;
            }
        }

        return Create(
            [.. pack.Free.Select(f => pack[f.Definition])],
            covariance,
            [.. pack.Free.Select(f => f.Lower)],
            [.. pack.Free.Select(f => f.Upper)],
            fit.Covariance is null ? "standard_errors" : "covariance");
    }

    /// <summary>A distribution from its parts; the covariance must be symmetric positive semidefinite.</summary>
    public static ParameterDistribution Create(
        ImmutableArray<double> mean, double[,] covariance, ImmutableArray<double> lower, ImmutableArray<double> upper, string source)
    {
        ArgumentNullException.ThrowIfNull(covariance);
        ArgumentNullException.ThrowIfNull(source);
        int n = mean.Length;
        if (covariance.GetLength(0) != n || covariance.GetLength(1) != n || lower.Length != n || upper.Length != n)
        {
            throw new ArgumentException($"Expected a {n}×{n} covariance and {n} bounds.", nameof(covariance));
        }

        if (Enumerable.Range(0, n).Any(i => !(lower[i] <= mean[i] && mean[i] <= upper[i])))
        {
            throw new ArgumentException("Every mean must lie within its bounds.", nameof(mean));
        }

        double largest = Enumerable.Range(0, n).Select(i => Math.Abs(covariance[i, i])).DefaultIfEmpty(0).Max();
        double tolerance = 1e-8 * Math.Max(largest, double.Epsilon);
        var factor = SymmetricMatrix.IsSymmetric(covariance, tolerance) ? SymmetricMatrix.Cholesky(covariance, tolerance) : null;
        return factor is null
            ? throw new ArgumentException("The covariance must be symmetric positive semidefinite.", nameof(covariance))
            : new ParameterDistribution(mean, factor, lower, upper, source);
    }

    /// <summary>
    /// One parameter vector into <paramref name="values"/>: mean + L·z with z standard normal, redrawn while any
    /// parameter falls outside its bounds (the truncated Gaussian), at most <see cref="MaxAttempts"/> times,
    /// after which the last draw is clamped to the bounds.
    /// </summary>
    public void Draw(ref Xoshiro256StarStar rng, Span<double> values)
    {
        int n = Mean.Length;
        if (values.Length != n)
        {
            throw new ArgumentException($"Expected room for {n} values.", nameof(values));
        }

        Span<double> z = stackalloc double[n];
        for (int attempt = 1; ; attempt++)
        {
            for (int i = 0; i < n; i++)
            {
                z[i] = rng.NextGaussian();
            }

            bool inside = true;
            for (int i = 0; i < n; i++)
            {
                double value = Mean[i];
                for (int k = 0; k <= i; k++)
                {
                    value += factor[i, k] * z[k];
                }

                values[i] = value;
                inside &= value >= Lower[i] && value <= Upper[i];
            }

            if (inside || attempt == MaxAttempts)
            {
                break;
            }
        }

        for (int i = 0; i < n; i++)
        {
            values[i] = Math.Clamp(values[i], Lower[i], Upper[i]);
        }
    }
}
