using System.Globalization;
using Brink.Model.Parallelism;
using Brink.Model.Prediction;
using Brink.Model.Randomness;
using Brink.Model.Situations;

namespace Brink.Model.Uncertainty;

/// <summary>
/// 90% intervals of the response probabilities from the fitted parameters' uncertainty: K parameter vectors
/// drawn from the posterior approximation (<see cref="ParameterDistribution"/>), the decision game solved for
/// each, and per response the 5% and 95% quantiles of its probability (linear interpolation between order
/// statistics, Hyndman and Fan's type 7, the default of R and NumPy). Draw d uses the stream (seed, d) and writes
/// its own slot, so the result is the same at any thread count.
/// </summary>
public static class PredictionIntervals
{
    /// <summary>The lower quantile of a 90% interval.</summary>
    public const double LowerQuantile = 0.05;

    /// <summary>The upper quantile of a 90% interval.</summary>
    public const double UpperQuantile = 0.95;

    /// <summary>The top response is called robust when it is top in at least this share of the draws.</summary>
    public const double RobustShare = 0.8;

    /// <summary>The uncertainty of <paramref name="point"/>, the prediction at the fitted values; needs at least one draw.</summary>
    public static ResponseUncertainty Compute(
        IResponseModel model, Situation situation, ParameterDistribution distribution, ResponseDistribution point, UncertaintyOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(situation);
        ArgumentNullException.ThrowIfNull(distribution);
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        ArgumentOutOfRangeException.ThrowIfZero(options.Draws);
        var draws = Solve(model, situation, distribution, options);
        var intervals = new OrderedDictionary<string, double[]>();
        var counts = new int[ResponseCategories.Count];
        foreach (var draw in draws)
        {
            counts[(int)draw.Top]++;
        }

        var sorted = new double[draws.Length];
        var shares = new OrderedDictionary<string, double>();
        foreach (var r in ResponseCategories.All)
        {
            for (int d = 0; d < draws.Length; d++)
            {
                sorted[d] = draws[d][r];
            }

            Array.Sort(sorted);
            intervals[ResponseCategories.Name(r)] = [Quantile(sorted, LowerQuantile), Quantile(sorted, UpperQuantile)];
            shares[ResponseCategories.Name(r)] = (double)counts[(int)r] / draws.Length;
        }

        var top = point.Top;
        bool robust = counts[(int)top] >= RobustShare * draws.Length;
        return new ResponseUncertainty(
            options.Draws, options.Seed, distribution.Source, intervals, shares, robust, Sentence(top, counts, robust, draws.Length));
    }

    /// <summary>The type-7 quantile of sorted values: (1 − g)·x[j] + g·x[j+1] at h = (K − 1)·p, j = ⌊h⌋, g = h − j.</summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double probability)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("No values.", nameof(sorted));
        }

        double h = (sorted.Length - 1) * probability;
        int j = (int)Math.Floor(h);
        double g = h - j;
        return j + 1 < sorted.Length ? sorted[j] + (g * (sorted[j + 1] - sorted[j])) : sorted[j];
    }

    private static ResponseDistribution[] Solve(IResponseModel model, Situation situation, ParameterDistribution distribution, UncertaintyOptions options)
    {
        var draws = new ResponseDistribution[options.Draws];
        void SolveDraw(int d)
        {
            var rng = Xoshiro256StarStar.ForStream(options.Seed, (ulong)d);
            var values = new double[distribution.Mean.Length];
            distribution.Draw(ref rng, values);
            draws[d] = model.Predict(situation, values);
        }

        if (options.MaxDegreeOfParallelism == 1)
        {
            for (int d = 0; d < draws.Length; d++)
            {
                SolveDraw(d);
            }
        }
        else
        {
            Parallel.For(0, draws.Length, Workers.Options(options.MaxDegreeOfParallelism), SolveDraw);
        }

        return draws;
    }

    private static string Sentence(ResponseCategory top, int[] counts, bool robust, int total)
    {
        string Share(int count) => (100.0 * count / total).ToString("0.#", CultureInfo.InvariantCulture) + "%";
        string lead = $"{ResponseCategories.Name(top)} is top in {Share(counts[(int)top])} of parameter draws";
        if (robust)
        {
            return "robust: " + lead;
        }

        var runnerUp = ResponseCategories.All.Where(r => r != top).MaxBy(r => counts[(int)r]);
        return counts[(int)runnerUp] == 0
            ? "not robust: " + lead
            : $"not robust: {lead}, {ResponseCategories.Name(runnerUp)} in {Share(counts[(int)runnerUp])}";
    }
}
