using System.Collections.Immutable;
using Brink.Analysis.Fitting;
using Brink.Analysis.Scoring;
using Brink.Model.Parallelism;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Analysis.Backtest;

/// <summary>
/// Scores a model against cases with known outcomes, next to leave-one-out baselines. The model only ever sees
/// each case's situation: the outcome is read after the prediction, for scoring. Cases the parameters were
/// fitted on are predicted by the model refitted without them (<see cref="Fitter.LeaveOneOut"/>), so the
/// model's figures are as honest as the baselines'; <see cref="BacktestOptions.InSample"/> skips that and says so.
/// </summary>
public static class Backtester
{
    /// <summary>
    /// Runs the backtest; every case needs an outcome. <paramref name="progress"/> hears the refits done so far,
    /// the model's and then the logistic baseline's, out of <see cref="Steps"/>. A cancelled
    /// <paramref name="cancellationToken"/> starts no further refit and throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static BacktestReport Run(
        IReadOnlyList<Situation> cases, IResponseModel model, ReadOnlySpan<double> parameters, BacktestOptions? options = null, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(model);
        if (cases.Count < 2 || cases.Any(c => c.Outcome is null))
        {
            throw new ArgumentException("A backtest needs at least two cases, each with an outcome.", nameof(cases));
        }

        options ??= BacktestOptions.NotFitted;
        var evaluations = cases.Select(c => options.EvaluationOf(c.Id)).ToArray();
        var predictions = Predict(cases, model, parameters.ToArray(), evaluations, options, progress, cancellationToken);
        var actual = cases.Select(c => (int)c.Outcome!.Primary).ToArray();
        var modelScores = Score(predictions, actual);
        int threads = options.RefitOptions.MaxDegreeOfParallelism;
        var baselines = ImmutableSortedDictionary.CreateBuilder<string, Scores>(StringComparer.Ordinal);
        baselines["base_rate"] = Score([.. Baselines.BaseRate(cases)], actual);
        int refits = Refits(cases, options);
        var logisticProgress = progress is null ? null : new Progress<int>(done => progress.Report(refits + done));
        baselines["logistic"] = Score([.. Baselines.Logistic(cases, threads, logisticProgress, cancellationToken)], actual);
        var skill = baselines.ToImmutableSortedDictionary(
            b => b.Key,
            b => new SkillScores(1 - (modelScores.Brier / b.Value.Brier), 1 - (modelScores.LogLoss / b.Value.LogLoss), 1 - (modelScores.Rps / b.Value.Rps)),
            StringComparer.Ordinal);
        var perCase = cases.Select((c, i) => new BacktestCase(
            c.Id,
            ResponseCategories.Name(c.Outcome!.Primary),
            EvaluationNames.Name(evaluations[i]),
            ResponseCategories.All.ToImmutableSortedDictionary(ResponseCategories.Name, r => predictions[i][(int)r], StringComparer.Ordinal))).ToImmutableArray();
        var schemes = EvaluationNames.All.Where(evaluations.Contains).ToList();
        string overall = string.Join(" + ", schemes.Select(EvaluationNames.Name));
        var rows = ImmutableArray.CreateBuilder<BacktestRow>();
        foreach (var scheme in schemes.Count > 1 ? schemes : [])
        {
            var members = Enumerable.Range(0, cases.Count).Where(i => evaluations[i] == scheme).ToList();
            rows.Add(new BacktestRow("model", EvaluationNames.Name(scheme), members.Count, Score([.. members.Select(i => predictions[i])], [.. members.Select(i => actual[i])])));
        }

        rows.Add(new BacktestRow("model", overall, cases.Count, modelScores));
        rows.AddRange(baselines.Select(b => new BacktestRow(b.Key, EvaluationNames.Name(Evaluation.LeaveOneOutRefit), cases.Count, b.Value)));
        return new BacktestReport(cases.Count, overall, modelScores.Brier, modelScores.LogLoss, modelScores.Accuracy, modelScores.Rps,
            rows.ToImmutable(), baselines.ToImmutable(), skill, perCase, Calibrate(predictions, actual));
    }

    /// <summary>The number of refits of the model <see cref="Run"/> will make.</summary>
    public static int Refits(IReadOnlyList<Situation> cases, BacktestOptions options)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(options);
        return cases.Count(c => options.EvaluationOf(c.Id) == Evaluation.LeaveOneOutRefit);
    }

    /// <summary>The steps <see cref="Run"/> reports progress in: the model's refits, then one logistic refit per case.</summary>
    public static int Steps(IReadOnlyList<Situation> cases, BacktestOptions options) => Refits(cases, options) + (cases?.Count ?? 0);

    private static ImmutableArray<double>[] Predict(
        IReadOnlyList<Situation> cases, IResponseModel model, double[] values, Evaluation[] evaluations, BacktestOptions options, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var predictions = new ImmutableArray<double>[cases.Count];
        var workers = Workers.Options(options.RefitOptions.MaxDegreeOfParallelism, cancellationToken);
        var asGiven = Enumerable.Range(0, cases.Count).Where(i => evaluations[i] != Evaluation.LeaveOneOutRefit).ToArray();
        Parallel.For(0, asGiven.Length, workers, k =>
        {
            var outcomeHidden = cases[asGiven[k]] with { Outcome = null };
            predictions[asGiven[k]] = model.Predict(outcomeHidden, values).Probabilities;
        });

        // The refits train on the fitted cases only: the others were never part of the fit being checked.
        var fitted = Enumerable.Range(0, cases.Count).Where(i => evaluations[i] == Evaluation.LeaveOneOutRefit).ToArray();
        var heldOut = Fitter.LeaveOneOut(model, [.. fitted.Select(i => cases[i])], values, options.RefitOptions, progress, cancellationToken);
        foreach (var prediction in heldOut)
        {
            predictions[fitted[prediction.Case]] = prediction.Probabilities;
        }

        return predictions;
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
