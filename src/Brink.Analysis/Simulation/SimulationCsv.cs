using System.Globalization;

namespace Brink.Analysis.Simulation;

/// <summary>
/// Writes a result's tables as tidy CSV (one observation per row, header first, invariant culture, shortest
/// round-trip numbers), ready for R, pandas or a spreadsheet.
/// </summary>
public static class SimulationCsv
{
    /// <summary><c>step,variable,mean,p05,p25,p50,p75,p95</c>.</summary>
    public static void WriteStates(TextWriter writer, SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.Write("step,variable,mean,p05,p25,p50,p75,p95\n");
        foreach (var r in result.States)
        {
            writer.Write(Line(r.Step, r.Variable, N(r.Mean), N(r.P05), N(r.P25), N(r.P50), N(r.P75), N(r.P95)));
        }
    }

    /// <summary><c>step,outcome,count,share</c>.</summary>
    public static void WriteOutcomes(TextWriter writer, SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.Write("step,outcome,count,share\n");
        foreach (var r in result.Outcomes)
        {
            writer.Write(Line(r.Step, r.Outcome, N(r.Count), N(r.Share)));
        }
    }

    /// <summary><c>step,outcome,at_risk,events,hazard</c>.</summary>
    public static void WriteHazards(TextWriter writer, SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.Write("step,outcome,at_risk,events,hazard\n");
        foreach (var r in result.Hazards)
        {
            writer.Write(Line(r.Step, r.Outcome, N(r.AtRisk), N(r.Events), N(r.Hazard)));
        }
    }

    /// <summary><c>outcome,reached,share,first_quartile,median,third_quartile,median_all_runs</c>; an empty cell is "not within the horizon".</summary>
    public static void WriteTimesToOutcome(TextWriter writer, SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.Write("outcome,reached,share,first_quartile,median,third_quartile,median_all_runs\n");
        foreach (var r in result.TimesToOutcome)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{r.Outcome},{N(r.Reached)},{N(r.Share)},{N(r.FirstQuartile)},{N(r.Median)},{N(r.ThirdQuartile)},{N(r.MedianAllRuns)}\n"));
        }
    }

    /// <summary><c>step,response,count,share</c>.</summary>
    public static void WriteResponses(TextWriter writer, SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.Write("step,response,count,share\n");
        foreach (var r in result.Responses)
        {
            writer.Write(Line(r.Step, r.Response, N(r.Count), N(r.Share)));
        }
    }

    /// <summary><c>step,reply,count,share</c>.</summary>
    public static void WriteReplies(TextWriter writer, SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.Write("step,reply,count,share\n");
        foreach (var r in result.Replies)
        {
            writer.Write(Line(r.Step, r.Reply, N(r.Count), N(r.Share)));
        }
    }

    /// <summary><c>step,trigger,count,share</c>.</summary>
    public static void WriteTriggers(TextWriter writer, SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.Write("step,trigger,count,share\n");
        foreach (var r in result.Triggers)
        {
            writer.Write(Line(r.Step, r.Trigger, N(r.Count), N(r.Share)));
        }
    }

    // Names are snake_case identifiers, so no field ever needs quoting.
    private static string Line(int step, string name, params string[] values) =>
        string.Create(CultureInfo.InvariantCulture, $"{step},{name},{string.Join(',', values)}\n");

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string N(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
