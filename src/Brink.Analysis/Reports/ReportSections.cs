using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Brink.Analysis.Backtest;
using Brink.Analysis.Fitting;
using Brink.Analysis.Simulation;
using Brink.Analysis.Sweeps;
using Brink.Model.Prediction;

namespace Brink.Analysis.Reports;

/// <summary>
/// The report's content for each run kind, drawn from the kind's typed result record. Runs stored by an older
/// brink read with the members added since left empty (null, or a default array), and lose only those sections.
/// </summary>
internal static class ReportSections
{
    private static readonly string[] Outcomes = [.. SimulationNames.OutcomesShown.Select(SimulationNames.Name)];

    private static readonly string[] FanVariables =
    [
        .. new[]
        {
            StateVariable.Legitimacy, StateVariable.Unrest, StateVariable.Economy, StateVariable.DeterrenceCredibility,
            StateVariable.SanctionsBurden, StateVariable.HardlinerInfluence,
        }.Select(SimulationNames.Name),
    ];

    private static readonly string[] Hazards = [.. SimulationNames.Endings.Select(SimulationNames.Name), OutcomeTiming.Any];

    public static void Predict(StringBuilder html, PredictionResult result)
    {
        var probabilities = result.Probabilities.ToList();
        HtmlReport.Figure(html, "Response probabilities", () => Charts.Bars(
            $"{result.Id}: most likely {result.Top}",
            [.. probabilities.Select(p => p.Key)], [.. probabilities.Select(p => p.Value)], "probability"));
        Intervals(html, result, probabilities);
        if (result.Explanation is not { } explanation)
        {
            return;
        }

        var sensitivities = explanation.Sensitivities ?? [];
        HtmlReport.Figure(html, "Sensitivity: the inputs that move the prediction most", () => Charts.Tornado(
            "shift of the distribution per 0.1 change", [.. sensitivities.Select(s => s.Label)],
            [.. sensitivities.Select(s => s.Shift)], "total variation"));
        if (explanation.Flip is { } flip)
        {
            html.Append("<p><b>What would flip it:</b> ").Append(HtmlReport.E(flip.Sentence ?? string.Empty)).Append("</p>");
        }

        var utilities = explanation.Utilities ?? [];
        html.Append("<h2>Expected utility by objective</h2>");
        var objectives = utilities.Count == 0 ? [] : utilities[0].ByObjective.Keys.ToList();
        HtmlReport.Table(html, ["response", "total", .. objectives], utilities.Select(u =>
            (IEnumerable<string>)[u.Response, HtmlReport.F(u.Total), .. objectives.Select(o => HtmlReport.F(u.ByObjective[o]))]));
    }

    /// <summary>The 90% intervals and top shares of a prediction recorded with parameter draws, and the robustness line.</summary>
    private static void Intervals(StringBuilder html, PredictionResult result, List<KeyValuePair<string, double>> probabilities)
    {
        if (result.Intervals is not { } intervals)
        {
            return;
        }

        var shares = result.TopShares ?? ImmutableDictionary<string, double>.Empty;
        html.Append("<h2>").Append(HtmlReport.E($"90% intervals over {result.Draws} parameter draws")).Append("</h2>");
        HtmlReport.Table(html, ["response", "probability", "5%", "95%", "top in"], probabilities.Select(p =>
        {
            var bounds = intervals[p.Key];
            return (IEnumerable<string>)[p.Key, HtmlReport.F(p.Value), HtmlReport.F(bounds[0]), HtmlReport.F(bounds[1]),
                HtmlReport.F(shares.GetValueOrDefault(p.Key, double.NaN))];
        }));
        if (result.Explanation?.Robustness is { } robustness)
        {
            html.Append("<p>").Append(HtmlReport.E(robustness)).Append("</p>");
        }
    }

    public static void Simulate(StringBuilder html, SimulationResult result)
    {
        var states = Rows(result.States);
        var steps = Steps(states.Select(s => s.Step));
        foreach (var variable in FanVariables)
        {
            var rows = states.Where(s => s.Variable == variable).OrderBy(s => s.Step).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            double[] Q(Func<StateDistributionRow, double> quantile) => [.. rows.Select(quantile)];
            HtmlReport.Figure(html, $"Trajectories: {variable.Replace('_', ' ')}", () => Charts.Fan(
                $"{variable}: median, 25–75% and 5–95% of runs", steps, [(variable, Q(r => r.P05), Q(r => r.P25), Q(r => r.P50), Q(r => r.P75), Q(r => r.P95))]));
        }

        var outcomes = Rows(result.Outcomes);
        var outcomeSteps = Steps(outcomes.Select(o => o.Step));
        HtmlReport.Figure(html, "Cumulative outcomes", () => Charts.Lines(
            "share of runs by outcome reached", outcomeSteps,
            [.. Outcomes.Select(name => (name, outcomes.Where(o => o.Outcome == name).OrderBy(o => o.Step).Select(o => o.Share).ToArray()))
                .Where(s => s.Item2.Length == outcomeSteps.Count)],
            "step", "share of runs"));
        Timing(html, result);
    }

    /// <summary>Monthly hazards beside the cumulative shares, and when each outcome comes (runs recorded before hazards existed have neither).</summary>
    private static void Timing(StringBuilder html, SimulationResult result)
    {
        if (!result.Hazards.IsDefault)
        {
            var hazards = result.Hazards;
            var steps = Steps(hazards.Select(h => h.Step));
            HtmlReport.Figure(html, "Hazards per step", () => Charts.Lines(
                "of the runs still in stalemate, the share reaching each outcome in the step", steps,
                [.. Hazards.Select(name => (name, hazards.Where(h => h.Outcome == name).OrderBy(h => h.Step).Select(h => h.Hazard).ToArray()))
                    .Where(s => s.Item2.Length == steps.Count)],
                "step", "hazard"));
        }

        if (!result.TimesToOutcome.IsDefault)
        {
            static string Step(int? step) => step?.ToString(CultureInfo.InvariantCulture) ?? "beyond horizon";
            html.Append("<h2>Time to outcome (steps)</h2>");
            HtmlReport.Table(html, ["outcome", "share reached", "25%", "median", "75%", "median over all runs"], result.TimesToOutcome.Select(t =>
                (IEnumerable<string>)[t.Outcome, HtmlReport.F(t.Share), Step(t.FirstQuartile), Step(t.Median), Step(t.ThirdQuartile), Step(t.MedianAllRuns)]));
        }
    }

    public static void Backtest(StringBuilder html, BacktestReport report)
    {
        html.Append("<h2>Scores</h2>");
        static string[] Row(string forecast, string evaluation, Scoring.Scores s) =>
            [forecast, evaluation, HtmlReport.F(s.Brier), HtmlReport.F(s.LogLoss), HtmlReport.F(s.Accuracy), HtmlReport.F(s.Rps)];
        var rows = new List<IEnumerable<string>>();
        if (!report.Rows.IsDefault)
        {
            rows.AddRange(report.Rows.Select(r => Row(r.Forecast, r.Evaluation, r.Scores)));
        }
        else
        {
            // Runs recorded before backtests labelled their schemes scored the model with the pack's values, in
            // sample for every case the pack was fitted on; which those were was not recorded.
            rows.Add(Row("model", "not recorded (pack values)", new Scoring.Scores(report.Brier, report.LogLoss, report.Accuracy, report.Rps)));
            rows.AddRange(Ordinal(report.Baselines).Select(b => Row(b.Key, "leave-one-out refit", b.Value)));
        }

        HtmlReport.Table(html, ["forecast", "evaluation", "Brier", "log loss", "accuracy", "RPS"], rows);
        var bins = Rows(report.Calibration).Where(b => b.Count > 0).ToList();
        HtmlReport.Figure(html, "Calibration", () => Charts.Calibration(
            "predicted vs observed over all (case, category) pairs",
            [.. bins.Select(b => b.MeanPredicted)], [.. bins.Select(b => b.ObservedFrequency)], [.. bins.Select(b => b.Count)]));
    }

    public static void Sweep(StringBuilder html, SweepSummary summary)
    {
        var indices = Rows(summary.Indices).Where(i => i.Output == SweepSummary.HeatmapOutput).ToList();
        if (indices.Count > 0)
        {
            HtmlReport.Figure(html, "Sensitivity of p(major): total Sobol index", () => Charts.Tornado(
                "share of the variance of p(major), interactions included", [.. indices.Select(i => i.Input)],
                [.. indices.Select(i => i.Total)], "total index"));
        }
        else
        {
            HtmlReport.Note(html, "no Sobol indices in this run (Latin hypercube, or a shard)");
        }

        if (summary.Heatmap is { } heat)
        {
            HtmlReport.Figure(html, "p(major) over the first two inputs", () => Charts.Heatmap(
                "p(major), averaged over the other inputs", Grid(heat.Values), heat.X, heat.Y, (heat.XLow, heat.XHigh), (heat.YLow, heat.YHigh)));
        }
        else
        {
            HtmlReport.Note(html, "no heat map: a heat map needs a grid design with at least two inputs");
        }
    }

    public static void Fit(StringBuilder html, FitReport report)
    {
        var parameters = Rows(report.Parameters);
        html.Append("<h2>Estimates</h2>");
        HtmlReport.Table(html, ["parameter", "default", "estimate", "std. error"], parameters.Select(p => (IEnumerable<string>)
            [p.Name, HtmlReport.F(p.Default), HtmlReport.F(p.Estimate), HtmlReport.F(p.StandardError)]));
        html.Append("<h2>Cross-validated scores</h2>");
        HtmlReport.Table(html, ["score", "value"], Ordinal(report.Scores).Select(s => (IEnumerable<string>)[s.Key, HtmlReport.F(s.Value)]));
        foreach (var p in parameters)
        {
            var profile = Rows(p.Profile);
            HtmlReport.Figure(html, $"Profile: {p.Name}", () => Charts.Lines(
                "negative log posterior, other parameters re-optimised", [.. profile.Select(q => q.Value)],
                [("−log posterior", [.. profile.Select(q => q.NegativeLogPosterior)])],
                p.Name, "−log posterior"));
        }
    }

    /// <summary>A stored table, empty when the run predates it.</summary>
    private static ImmutableArray<T> Rows<T>(ImmutableArray<T> rows) => rows.IsDefault ? [] : rows;

    /// <summary>The distinct steps in order, as chart coordinates.</summary>
    private static List<double> Steps(IEnumerable<int> steps) => [.. steps.Distinct().Order().Select(s => (double)s)];

    /// <summary>A stored map in the order it was written (ordinal), whatever comparer reading gave it.</summary>
    private static IEnumerable<KeyValuePair<string, T>> Ordinal<T>(IReadOnlyDictionary<string, T>? map) =>
        (map ?? ImmutableSortedDictionary<string, T>.Empty).OrderBy(entry => entry.Key, StringComparer.Ordinal);

    private static double[,] Grid(ImmutableArray<ImmutableArray<double>> rows)
    {
        var grid = new double[rows.Length, rows[0].Length];
        for (int r = 0; r < rows.Length; r++)
        {
            for (int c = 0; c < rows[r].Length; c++)
            {
                grid[r, c] = rows[r][c];
            }
        }

        return grid;
    }
}
