using System.Collections.Immutable;
using Brink.Model.Situations;

namespace Brink.Analysis.Backtest;

/// <summary>The reference forecasts a model must beat, each predicting every case leave-one-out.</summary>
public static class Baselines
{
    /// <summary>Ridge strength of the logistic baseline on standardised features, fixed in advance (not tuned on the cases).</summary>
    public const double Ridge = 1.0;

    /// <summary>Baseline names in report order.</summary>
    public static readonly ImmutableArray<string> Names = ["base_rate", "logistic"];

    /// <summary>The category frequencies of the other cases (docs/situations.md's baseline).</summary>
    public static ImmutableArray<ImmutableArray<double>> BaseRate(IReadOnlyList<Situation> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var totals = new int[ResponseCategories.Count];
        foreach (var c in cases)
        {
            totals[(int)c.Outcome!.Primary]++;
        }

        double others = Math.Max(1, cases.Count - 1);
        return [.. cases.Select(c => totals.Select((t, k) => (t - (k == (int)c.Outcome!.Primary ? 1 : 0)) / others).ToImmutableArray())];
    }

    /// <summary>A ridge multinomial logistic regression on <see cref="CaseFeatures"/>, refitted without each case.</summary>
    public static ImmutableArray<ImmutableArray<double>> Logistic(IReadOnlyList<Situation> cases, int maxDegreeOfParallelism = 0)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var x = cases.Select(CaseFeatures.Of).ToArray();
        var y = cases.Select(c => (int)c.Outcome!.Primary).ToArray();
        var result = new ImmutableArray<double>[cases.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism == 0 ? Environment.ProcessorCount : maxDegreeOfParallelism };
        Parallel.For(0, cases.Count, options, i =>
        {
            var keep = Enumerable.Range(0, cases.Count).Where(j => j != i).ToArray();
            var model = RidgeMultinomialLogit.Fit([.. keep.Select(j => x[j])], [.. keep.Select(j => y[j])], ResponseCategories.Count, Ridge);
            result[i] = [.. model.Predict(x[i])];
        });
        return [.. result];
    }
}
