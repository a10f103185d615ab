using System.Text;
using System.Text.Json;
using Brink.Analysis.Simulation;
using Brink.Games.Profiles;
using Brink.Games.Solvers.QuantalResponse;

namespace Brink.Analysis.Reports;

/// <summary>The report's content for each run kind, read tolerantly from the stored result JSON.</summary>
internal static class ReportSections
{
    private static readonly string[] Outcomes = [.. SimulationNames.OutcomesShown.Select(SimulationNames.Name)];
    private static readonly string[] FanVariables = ["legitimacy", "unrest", "economy", "deterrence_credibility", "sanctions_burden", "hardliner_influence"];
    private static readonly string[] Hazards = [.. SimulationNames.Endings.Select(SimulationNames.Name), OutcomeTiming.Any];

    public static void Predict(StringBuilder html, JsonElement root)
    {
        var probabilities = root.GetProperty("probabilities").EnumerateObject().ToList();
        HtmlReport.Figure(html, "Response probabilities", () => Charts.Bars(
            $"{root.GetProperty("id").GetString()}: most likely {root.GetProperty("top").GetString()}",
            [.. probabilities.Select(p => p.Name)], [.. probabilities.Select(p => p.Value.GetDouble())], "probability"));
        Intervals(html, root, probabilities);
        if (root.TryGetProperty("explanation", out var explanation))
        {
            var sensitivities = explanation.GetProperty("sensitivities").EnumerateArray().ToList();
            HtmlReport.Figure(html, "Sensitivity: the inputs that move the prediction most", () => Charts.Tornado(
                "shift of the distribution per 0.1 change", [.. sensitivities.Select(s => s.GetProperty("label").GetString()!)],
                [.. sensitivities.Select(s => s.GetProperty("shift").GetDouble())], "total variation"));
            if (explanation.TryGetProperty("flip", out var flip) && flip.ValueKind == JsonValueKind.Object)
            {
                html.Append("<p><b>What would flip it:</b> ").Append(HtmlReport.E(flip.GetProperty("sentence").GetString() ?? string.Empty)).Append("</p>");
            }

            var utilities = explanation.GetProperty("utilities").EnumerateArray().ToList();
            html.Append("<h2>Expected utility by objective</h2>");
            var objectives = utilities[0].GetProperty("by_objective").EnumerateObject().Select(o => o.Name).ToList();
            HtmlReport.Table(html, ["response", "total", .. objectives], utilities.Select(u =>
                (IEnumerable<string>)[u.GetProperty("response").GetString()!, HtmlReport.F(u.GetProperty("total").GetDouble()),
                    .. objectives.Select(o => HtmlReport.F(u.GetProperty("by_objective").GetProperty(o).GetDouble()))]));
        }
    }

    /// <summary>The 90% intervals and top shares of a prediction recorded with parameter draws, and the robustness line.</summary>
    private static void Intervals(StringBuilder html, JsonElement root, List<JsonProperty> probabilities)
    {
        if (!root.TryGetProperty("intervals", out var intervals) || intervals.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var shares = root.GetProperty("top_shares");
        html.Append("<h2>").Append(HtmlReport.E($"90% intervals over {root.GetProperty("draws").GetInt32()} parameter draws")).Append("</h2>");
        HtmlReport.Table(html, ["response", "probability", "5%", "95%", "top in"], probabilities.Select(p =>
        {
            var bounds = intervals.GetProperty(p.Name);
            return (IEnumerable<string>)[p.Name, HtmlReport.F(p.Value.GetDouble()), HtmlReport.F(bounds[0].GetDouble()),
                HtmlReport.F(bounds[1].GetDouble()), HtmlReport.F(shares.GetProperty(p.Name).GetDouble())];
        }));
        if (root.GetProperty("explanation").TryGetProperty("robustness", out var robustness) && robustness.ValueKind == JsonValueKind.String)
        {
            html.Append("<p>").Append(HtmlReport.E(robustness.GetString()!)).Append("</p>");
        }
    }

    public static void Simulate(StringBuilder html, JsonElement root)
    {
        var states = root.GetProperty("states").EnumerateArray().ToList();
        var steps = states.Select(s => s.GetProperty("step").GetInt32()).Distinct().Order().Select(s => (double)s).ToList();
        foreach (var variable in FanVariables)
        {
            var rows = states.Where(s => s.GetProperty("variable").GetString() == variable).OrderBy(s => s.GetProperty("step").GetInt32()).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            double[] Q(string name) => [.. rows.Select(r => r.GetProperty(name).GetDouble())];
            HtmlReport.Figure(html, $"Trajectories: {variable.Replace('_', ' ')}", () => Charts.Fan(
                $"{variable}: median, 25–75% and 5–95% of runs", steps, [(variable, Q("p05"), Q("p25"), Q("p50"), Q("p75"), Q("p95"))]));
        }

        var outcomes = root.GetProperty("outcomes").EnumerateArray().ToList();
        var outcomeSteps = outcomes.Select(o => o.GetProperty("step").GetInt32()).Distinct().Order().Select(s => (double)s).ToList();
        HtmlReport.Figure(html, "Cumulative outcomes", () => Charts.Lines(
            "share of runs by outcome reached", outcomeSteps,
            [.. Outcomes.Select(name => (name, outcomes.Where(o => o.GetProperty("outcome").GetString() == name)
                .OrderBy(o => o.GetProperty("step").GetInt32()).Select(o => o.GetProperty("share").GetDouble()).ToArray()))
                .Where(s => s.Item2.Length == outcomeSteps.Count)],
            "step", "share of runs"));
        Timing(html, root);
    }

    /// <summary>Monthly hazards beside the cumulative shares, and when each outcome comes (runs recorded before hazards existed have neither).</summary>
    private static void Timing(StringBuilder html, JsonElement root)
    {
        if (root.TryGetProperty("hazards", out var hazardsElement) && hazardsElement.ValueKind == JsonValueKind.Array)
        {
            var hazards = hazardsElement.EnumerateArray().ToList();
            var steps = hazards.Select(h => h.GetProperty("step").GetInt32()).Distinct().Order().Select(s => (double)s).ToList();
            HtmlReport.Figure(html, "Hazards per step", () => Charts.Lines(
                "of the runs still in stalemate, the share reaching each outcome in the step", steps,
                [.. Hazards.Select(name => (name, hazards.Where(h => h.GetProperty("outcome").GetString() == name)
                    .OrderBy(h => h.GetProperty("step").GetInt32()).Select(h => h.GetProperty("hazard").GetDouble()).ToArray()))
                    .Where(s => s.Item2.Length == steps.Count)],
                "step", "hazard"));
        }

        if (root.TryGetProperty("times_to_outcome", out var times) && times.ValueKind == JsonValueKind.Array)
        {
            static string Step(JsonElement row, string name) =>
                row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "beyond horizon";
            html.Append("<h2>Time to outcome (steps)</h2>");
            HtmlReport.Table(html, ["outcome", "share reached", "25%", "median", "75%", "median over all runs"], times.EnumerateArray().Select(t =>
                (IEnumerable<string>)[t.GetProperty("outcome").GetString()!, HtmlReport.F(t.GetProperty("share").GetDouble()),
                    Step(t, "first_quartile"), Step(t, "median"), Step(t, "third_quartile"), Step(t, "median_all_runs")]));
        }
    }

    public static void Backtest(StringBuilder html, JsonElement root)
    {
        html.Append("<h2>Scores</h2>");
        static string[] Row(string forecast, string evaluation, JsonElement s) =>
            [forecast, evaluation, HtmlReport.F(s.GetProperty("brier").GetDouble()), HtmlReport.F(s.GetProperty("log_loss").GetDouble()),
             HtmlReport.F(s.GetProperty("accuracy").GetDouble()), HtmlReport.F(s.GetProperty("rps").GetDouble())];
        var rows = new List<IEnumerable<string>>();
        if (root.TryGetProperty("rows", out var scored))
        {
            rows.AddRange(scored.EnumerateArray().Select(r => Row(r.GetProperty("forecast").GetString()!, r.GetProperty("evaluation").GetString()!, r.GetProperty("scores"))));
        }
        else
        {
            // Runs recorded before backtests labelled their schemes scored the model with the pack's values, in
            // sample for every case the pack was fitted on; which those were was not recorded.
            rows.Add(Row("model", "not recorded (pack values)", root));
            rows.AddRange(root.GetProperty("baselines").EnumerateObject().Select(b => Row(b.Name, "leave-one-out refit", b.Value)));
        }

        HtmlReport.Table(html, ["forecast", "evaluation", "Brier", "log loss", "accuracy", "RPS"], rows);
        var bins = root.GetProperty("calibration").EnumerateArray().Where(b => b.GetProperty("count").GetInt32() > 0).ToList();
        HtmlReport.Figure(html, "Calibration", () => Charts.Calibration(
            "predicted vs observed over all (case, category) pairs",
            [.. bins.Select(b => b.GetProperty("mean_predicted").GetDouble())],
            [.. bins.Select(b => b.GetProperty("observed_frequency").GetDouble())],
            [.. bins.Select(b => b.GetProperty("count").GetInt32())]));
    }

    public static void Sweep(StringBuilder html, JsonElement root)
    {
        var indices = root.GetProperty("indices").EnumerateArray().Where(i => i.GetProperty("output").GetString() == "p_major").ToList();
        if (indices.Count > 0)
        {
            HtmlReport.Figure(html, "Sensitivity of p(major): total Sobol index", () => Charts.Tornado(
                "share of the variance of p(major), interactions included", [.. indices.Select(i => i.GetProperty("input").GetString()!)],
                [.. indices.Select(i => i.GetProperty("total").GetDouble())], "total index"));
        }
        else
        {
            HtmlReport.Note(html, "no Sobol indices in this run (Latin hypercube, or a shard)");
        }

        if (root.TryGetProperty("heatmap", out var heat) && heat.ValueKind == JsonValueKind.Object)
        {
            var values = heat.GetProperty("values").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
            var grid = new double[values.Length, values[0].Length];
            for (int r = 0; r < values.Length; r++)
            {
                for (int c = 0; c < values[r].Length; c++)
                {
                    grid[r, c] = values[r][c];
                }
            }

            string x = heat.GetProperty("x").GetString()!, y = heat.GetProperty("y").GetString()!;
            HtmlReport.Figure(html, "p(major) over the first two inputs", () => Charts.Heatmap(
                "p(major), averaged over the other inputs", grid, x, y,
                (heat.GetProperty("x_low").GetDouble(), heat.GetProperty("x_high").GetDouble()),
                (heat.GetProperty("y_low").GetDouble(), heat.GetProperty("y_high").GetDouble())));
        }
        else
        {
            HtmlReport.Note(html, "no heat map: a heat map needs a grid design with at least two inputs");
        }
    }

    public static void Fit(StringBuilder html, JsonElement root)
    {
        var parameters = root.GetProperty("parameters").EnumerateArray().ToList();
        html.Append("<h2>Estimates</h2>");
        HtmlReport.Table(html, ["parameter", "default", "estimate", "std. error"], parameters.Select(p => (IEnumerable<string>)
            [p.GetProperty("name").GetString()!, HtmlReport.F(p.GetProperty("default").GetDouble()), HtmlReport.F(p.GetProperty("estimate").GetDouble()),
                p.GetProperty("standard_error").ValueKind == JsonValueKind.Number ? HtmlReport.F(p.GetProperty("standard_error").GetDouble()) : "-"]));
        html.Append("<h2>Cross-validated scores</h2>");
        HtmlReport.Table(html, ["score", "value"], root.GetProperty("scores").EnumerateObject().Select(s => (IEnumerable<string>)[s.Name, HtmlReport.F(s.Value.GetDouble())]));
        foreach (var p in parameters)
        {
            var profile = p.GetProperty("profile").EnumerateArray().ToList();
            HtmlReport.Figure(html, $"Profile: {p.GetProperty("name").GetString()}", () => Charts.Lines(
                "negative log posterior, other parameters re-optimised", [.. profile.Select(q => q.GetProperty("value").GetDouble())],
                [("−log posterior", [.. profile.Select(q => q.GetProperty("negative_log_posterior").GetDouble())])],
                p.GetProperty("name").GetString()!, "−log posterior"));
        }
    }
}
