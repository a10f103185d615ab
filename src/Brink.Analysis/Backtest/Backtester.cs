using System.Collections.Immutable;
using Brink.Analysis.Scoring;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Analysis.Backtest;

/// <summary>
/// Scores a model against cases with known outcomes, next to leave-one-out baselines. The model only ever sees
/// each case's situation: the outcome is read after the prediction, for scoring.
/// </summary>
public static class Backtester
{
    /// <summary>Runs the backtest; every case needs an outcome.</summary>
    public static BacktestReport Run(IReadOnlyList<Situation> cases, IResponseModel model, ReadOnlySpan<double> parameters, int maxDegreeOfParallelism = 0)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(model);
        if (cases.Count < 2 || cases.Any(c => c.Outcome is null))
        {
            throw new ArgumentException("A backtest needs at least two cases, each with an outcome.", nameof(cases));
        }

        var values = parameters.ToArray();
        var predictions = new ImmutableArray<double>[cases.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism == 0 ? Environment.ProcessorCount : maxDegreeOfParallelism };
        Parallel.For(0, cases.Count, options, i =>
        {
            var outcomeHidden = cases[i] with { Outcome = null };
            predictions[i] = model.Predict(outcomeHidden, values).Probabilities;
        });
        var actual = cases.Select(c => (int)c.Outcome!.Primary).ToArray();
        var modelScores = Score(predictions, actual);
        var baselines = ImmutableSortedDictionary.CreateBuilder<string, Scores>(StringComparer.Ordinal);
        baselines["base_rate"] = Score([.. Baselines.BaseRate(cases)], actual);
        baselines["logistic"] = Score([.. Baselines.Logistic(cases, maxDegreeOfParallelism)], actual);
        var skill = baselines.ToImmutableSortedDictionary(
            b => b.Key,
            b => new SkillScores(1 - (modelScores.Brier / b.Value.Brier), 1 - (modelScores.LogLoss / b.Value.LogLoss), 1 - (modelScores.Rps / b.Value.Rps)),
            StringComparer.Ordinal);
        var perCase = cases.Select((c, i) => new BacktestCase(
            c.Id,
            ResponseCategories.Name(c.Outcome!.Primary),
            ResponseCategories.All.ToImmutableSortedDictionary(ResponseCategories.Name, r => predictions[i][(int)r], StringComparer.Ordinal))).ToImmutableArray();
        return new BacktestReport(cases.Count, modelScores.Brier, modelScores.LogLoss, modelScores.Accuracy, modelScores.Rps,
            baselines.ToImmutable(), skill, perCase, Calibrate(predictions, actual));
    }

    /// <summary>Ten equal-width bins of predicted probability over every (case, category) pair.</summary>
    public static ImmutableArray<CalibrationBin> Calibrate(IReadOnlyList<ImmutableArray<double>> predictions, IReadOnlyList<int> actual, int bins = 10)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(actual);
        var count = new int[bins];
        var predicted = new double[bins];
        var observed = new double[bins];
        for (int i = 0; i < predictions.Count; i++)
        {
            for (int k = 0; k < predictions[i].Length; k++)
            {
                double p = predictions[i][k];
                int bin = Math.Min(bins - 1, (int)(p * bins));
                count[bin]++;
                predicted[bin] += p;
                observed[bin] += k == actual[i] ? 1 : 0;
            }
        }

        return [.. Enumerable.Range(0, bins).Select(b => new CalibrationBin(
            b / (double)bins, (b + 1) / (double)bins, count[b],
            count[b] == 0 ? double.NaN : predicted[b] / count[b],
            count[b] == 0 ? double.NaN : observed[b] / count[b]))];
    }

    private static Scores Score(IReadOnlyList<ImmutableArray<double>> predictions, int[] actual) =>
        Scores.Mean([.. predictions.Select((p, i) => (p, actual[i]))]);
}
