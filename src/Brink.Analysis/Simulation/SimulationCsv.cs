using System.Globalization;

namespace Brink.Analysis.Simulation;

/// <summary>
/// Writes a result's tables as tidy CSV (one observation per row, header first, invariant culture, shortest
/// round-trip numbers), ready for R, pandas or a spreadsheet.
/// </summary>
public static class SimulationCsv
{
    /// <summary><c>step,variable,mean,p05,p25,p50,p75,p95</c>.</summary>
    public static void WriteStates(TextWriter writer, SimulationResult result) =>
        Write(writer, result, "step,variable,mean,p05,p25,p50,p75,p95", r => r.States,
            r => Line(r.Step, r.Variable, N(r.Mean), N(r.P05), N(r.P25), N(r.P50), N(r.P75), N(r.P95)));

    /// <summary><c>step,outcome,count,share</c>.</summary>
    public static void WriteOutcomes(TextWriter writer, SimulationResult result) =>
        Write(writer, result, "step,outcome,count,share", r => r.Outcomes,
            r => Line(r.Step, r.Outcome, N(r.Count), N(r.Share)));

    /// <summary><c>step,outcome,at_risk,events,hazard</c>.</summary>
    public static void WriteHazards(TextWriter writer, SimulationResult result) =>
        Write(writer, result, "step,outcome,at_risk,events,hazard", r => r.Hazards,
            r => Line(r.Step, r.Outcome, N(r.AtRisk), N(r.Events), N(r.Hazard)));

    /// <summary><c>outcome,reached,share,first_quartile,median,third_quartile,median_all_runs</c>; an empty cell is "not within the horizon".</summary>
    public static void WriteTimesToOutcome(TextWriter writer, SimulationResult result) =>
        Write(writer, result, "outcome,reached,share,first_quartile,median,third_quartile,median_all_runs", r => r.TimesToOutcome,
            r => string.Create(CultureInfo.InvariantCulture, $"{r.Outcome},{N(r.Reached)},{N(r.Share)},{N(r.FirstQuartile)},{N(r.Median)},{N(r.ThirdQuartile)},{N(r.MedianAllRuns)}\n"));

    /// <summary><c>step,response,count,share</c>.</summary>
    public static void WriteResponses(TextWriter writer, SimulationResult result) =>
        Write(writer, result, "step,response,count,share", r => r.Responses,
            r => Line(r.Step, r.Response, N(r.Count), N(r.Share)));

    /// <summary><c>step,reply,count,share</c>.</summary>
    public static void WriteReplies(TextWriter writer, SimulationResult result) =>
        Write(writer, result, "step,reply,count,share", r => r.Replies,
            r => Line(r.Step, r.Reply, N(r.Count), N(r.Share)));

    /// <summary><c>step,trigger,count,share</c>.</summary>
    public static void WriteTriggers(TextWriter writer, SimulationResult result) =>
        Write(writer, result, "step,trigger,count,share", r => r.Triggers,
            r => Line(r.Step, r.Trigger, N(r.Count), N(r.Share)));

    /// <summary>The header line, then one line per row of the result's table.</summary>
    private static void Write<T>(TextWriter writer, SimulationResult result, string header, Func<SimulationResult, IEnumerable<T>> table, Func<T, string> line)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.Write(header + "\n");
        foreach (var row in table(result))
        {
            writer.Write(line(row));
        }
    }

    // Names are snake_case identifiers, so no field ever needs quoting.
    private static string Line(int step, string name, params string[] values) =>
        string.Create(CultureInfo.InvariantCulture, $"{step},{name},{string.Join(',', values)}\n");

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string N(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
