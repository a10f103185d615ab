using System.Globalization;
using Brink.Analysis.Simulation;
using Brink.Cli.Infrastructure;
using Brink.Model.Situations;
using Spectre.Console;

namespace Brink.Cli.Commands.Simulate;

/// <summary>The human view of a simulation: cumulative outcomes and the state's median path, step by step.</summary>
internal static class SimulationView
{
    private static readonly string[] Outcomes = [.. SimulationNames.OutcomesShown.Select(SimulationNames.Name)];
    private static readonly string[] Variables = ["economy", "unrest", "legitimacy", "deterrence_credibility", "mean_proxy_strength"];

    public static void Render(CliConsole console, Situation situation, SimulationResult result)
    {
        var ansi = console.Ansi;
        ansi.MarkupLine($"[bold]{Markup.Escape(situation.Title)}[/]: {result.Options.Runs.ToString(CultureInfo.InvariantCulture)} runs × {result.Options.Horizon.ToString(CultureInfo.InvariantCulture)} steps, seed {result.Options.Seed.ToString(CultureInfo.InvariantCulture)}");
        var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("step").RightAligned());
        foreach (var name in Outcomes)
        {
            table.AddColumn(new TableColumn(name).RightAligned());
        }

        foreach (var name in Variables)
        {
            table.AddColumn(new TableColumn(Abbreviate(name) + " p50").RightAligned());
        }

        foreach (var step in result.Outcomes.Select(r => r.Step).Distinct().Order())
        {
            var cells = new List<string> { step.ToString(CultureInfo.InvariantCulture) };
            cells.AddRange(Outcomes.Select(o => Format(result.Outcomes.FirstOrDefault(r => r.Step == step && r.Outcome == o)?.Share ?? 0)));
            cells.AddRange(Variables.Select(v => Format(result.States.FirstOrDefault(r => r.Step == step && r.Variable == v)?.P50 ?? double.NaN)));
            table.AddRow(cells.ToArray());
        }

        ansi.Write(table);
        ansi.MarkupLine("outcome shares are cumulative: war = a [bold]major[/] move answered by escalation, deal = a [bold]concession[/] the adversary accepts, regime crisis = legitimacy below the pack's threshold.");
        foreach (var time in result.TimesToOutcome)
        {
            string when = time.Median is null
                ? "never within the horizon"
                : $"step {Step(time.FirstQuartile)}–{Step(time.ThirdQuartile)} (median {Step(time.Median)}) among those runs";
            ansi.MarkupLine($"  {Markup.Escape(time.Outcome)}: {Format(time.Share)} of runs, {when}; peak hazard per step {Format(PeakHazard(result, time.Outcome))}");
        }
    }

    private static double PeakHazard(SimulationResult result, string outcome) =>
        result.Hazards.Where(h => h.Outcome == outcome).Select(h => h.Hazard).DefaultIfEmpty(0).Max();

    private static string Step(int? step) => step?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Abbreviate(string name) => name switch
    {
        "deterrence_credibility" => "credibility",
        "mean_proxy_strength" => "proxies",
        _ => name,
    };

    private static string Format(double value) => double.IsNaN(value) ? "-" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
