using System.Collections.Immutable;
using Brink.Model.Parallelism;
using Brink.Model.Situations;

namespace Brink.Analysis.Backtest;

/// <summary>The reference forecasts a model must beat, each predicting every case leave-one-out.</summary>
public static class Baselines
{
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

    /// <summary>
    /// A ridge multinomial logistic regression on <see cref="CaseFeatures"/>, refitted without each case, its
    /// penalty chosen each time by <see cref="RidgeCrossValidation"/> on the other cases alone. A cancelled
    /// <paramref name="cancellationToken"/> starts no further refit and throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static ImmutableArray<ImmutableArray<double>> Logistic(IReadOnlyList<Situation> cases, int maxDegreeOfParallelism = 0, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        [.. LogisticWithPenalties(cases, maxDegreeOfParallelism, progress, cancellationToken).Select(p => p.Probabilities)];

    /// <summary>As <see cref="Logistic"/>, with the penalty each held-out case's model was fitted with.</summary>
    public static ImmutableArray<(ImmutableArray<double> Probabilities, double Ridge)> LogisticWithPenalties(
        IReadOnlyList<Situation> cases, int maxDegreeOfParallelism = 0, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var x = cases.Select(CaseFeatures.Of).ToArray();
        var y = cases.Select(c => (int)c.Outcome!.Primary).ToArray();
        var result = new (ImmutableArray<double>, double)[cases.Count];
        int done = 0;
        var options = Workers.Options(maxDegreeOfParallelism, cancellationToken);
        Parallel.For(0, cases.Count, options, i =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var keep = Enumerable.Range(0, cases.Count).Where(j => j != i).ToArray();
            double[][] trainingX = [.. keep.Select(j => x[j])];
            int[] trainingY = [.. keep.Select(j => y[j])];
            double ridge = RidgeCrossValidation.Choose(trainingX, trainingY, ResponseCategories.Count);
            var model = RidgeMultinomialLogit.Fit(trainingX, trainingY, ResponseCategories.Count, ridge);
            result[i] = ([.. model.Predict(x[i])], ridge);
            progress?.Report(Interlocked.Increment(ref done));
        });
        return [.. result];
    }
}
