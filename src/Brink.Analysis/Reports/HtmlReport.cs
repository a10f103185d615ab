using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Brink.Analysis.Runs;
using Brink.Games.Solvers.QuantalResponse;

namespace Brink.Analysis.Reports;

/// <summary>
/// One self-contained HTML page for a recorded run: inline CSS and inline SVG charts, no script and no external
/// resource, so it opens offline and can be mailed as one file. Charts are chosen by the run's kind and drawn
/// from its typed result record (<see cref="RunResult"/>); a chart whose data is missing is replaced by a
/// note rather than failing the report.
/// </summary>
public static class HtmlReport
{
    private const string Style = """
        body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:980px;margin:2em auto;color:#222;line-height:1.4}
        h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}
        table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:right}
        th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}.note{color:#666;font-style:italic}
        code{background:#f5f5f5;padding:0 .2em}figure{margin:1em 0}
        """;

    /// <summary>The page for <paramref name="run"/>.</summary>
    public static string Build(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(E($"Brink {run.Kind} run {run.Id}")).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>").Append(E($"Brink {run.Kind} run {run.Id}")).Append("</h1>");
        html.Append("<p>").Append(E($"brink {string.Join(' ', run.Arguments)}")).Append("<br>")
            .Append(E($"pack {run.Pack} {run.PackVersion} · seed {run.Seed?.ToString(CultureInfo.InvariantCulture) ?? "-"} · inputs sha256 {run.InputsSha256} · started {run.StartedAt:u} · {run.ElapsedMilliseconds / 1000:0.00} s"))
            .Append("</p>");
        try
        {
            Sections(html, run);
        }
        catch (JsonException e)
        {
            Note(html, $"no charts: the run's result does not read as a {run.Kind} result ({e.Message})");
        }

        return html.Append("</body></html>\n").ToString();
    }

    /// <summary>The charts and tables of the run's kind, from its typed result.</summary>
    private static void Sections(StringBuilder html, RunRecord run)
    {
        switch (run.Kind)
        {
            case RunKinds.Predict:
                ReportSections.Predict(html, RunResult.ReadPrediction(run.ResultJson));
                break;
            case RunKinds.Simulate:
                ReportSections.Simulate(html, RunResult.ReadSimulation(run.ResultJson));
                break;
            case RunKinds.Backtest:
                ReportSections.Backtest(html, RunResult.ReadBacktest(run.ResultJson));
                break;
            case RunKinds.Sweep:
                ReportSections.Sweep(html, RunResult.ReadSweep(run.ResultJson));
                break;
            case RunKinds.Fit:
                ReportSections.Fit(html, RunResult.ReadFit(run.ResultJson));
                break;
            default:
                Note(html, $"no charts for runs of kind '{run.Kind}'");
                break;
        }
    }

    /// <summary>HTML-escaped text.</summary>
    internal static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A note in place of a chart.</summary>
    internal static void Note(StringBuilder html, string text) => html.Append("<p class=\"note\">").Append(E(text)).Append("</p>");

    /// <summary>A section with a chart.</summary>
    internal static void Figure(StringBuilder html, string heading, Func<string> chart)
    {
        html.Append("<h2>").Append(E(heading)).Append("</h2>");
        try
        {
            html.Append("<figure>").Append(chart()).Append("</figure>");
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException or ArgumentException)
        {
            Note(html, $"chart unavailable: the run's result lacks the data ({e.Message})");
        }
    }

    /// <summary>A table from a header and rows of cells.</summary>
    internal static void Table(StringBuilder html, IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        html.Append("<table><tr>");
        foreach (var h in header)
        {
            html.Append("<th>").Append(E(h)).Append("</th>");
        }

        html.Append("</tr>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(E(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
    }

    /// <summary>A number for a table.</summary>
    internal static string F(double value) => double.IsFinite(value) ? value.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
