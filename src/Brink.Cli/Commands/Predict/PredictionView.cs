using System.Globalization;
using Brink.Cli.Infrastructure;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;
using Spectre.Console;

namespace Brink.Cli.Commands.Predict;

/// <summary>
/// The human view of a prediction: a table with a bar and, when the pack records a fit, a 90% interval per
/// category, then the explanation.
/// </summary>
internal static class PredictionView
{
    private const int BarWidth = 30;
    private const string IntervalColumn = "90% interval";

    public static void Render(CliConsole console, Situation situation, ModelPack pack, PredictionResult result)
    {
        var ansi = console.Ansi;
        ansi.MarkupLine($"[bold]{Markup.Escape(situation.Title)}[/] ({Markup.Escape(situation.Id)}, {situation.Date:yyyy-MM-dd})");
        ansi.MarkupLine($"focal: {Markup.Escape(situation.Focal)}   trigger: {Markup.Escape(situation.Trigger.Kind.ToString())} by {Markup.Escape(situation.Trigger.By)}   pack: {Markup.Escape(pack.Id)} {Markup.Escape(pack.Version)}");

        var table = new Table().Border(TableBorder.Rounded).AddColumn("response").AddColumn(new TableColumn("probability").RightAligned());
        if (result.Intervals is not null)
        {
            table.AddColumn(new TableColumn(IntervalColumn).RightAligned());
        }

        table.AddColumn("");
        foreach (var (name, probability) in result.Probabilities)
        {
            string bar = new string('█', (int)Math.Round(probability * BarWidth));
            string style = name == result.Top ? "green" : "grey";
            var cells = new List<string> { name == result.Top ? $"[bold]{name}[/]" : name, Format(probability) };
            if (result.Intervals is { } intervals)
            {
                cells.Add($"{Format(intervals[name][0])}–{Format(intervals[name][1])}");
            }

            cells.Add($"[{style}]{bar}[/]");
            table.AddRow(cells.ToArray());
        }

        ansi.Write(table);
        ansi.MarkupLine($"most likely: [bold]{result.Top}[/]");
        var explanation = result.Explanation;
        if (explanation.Answering is { } answering)
        {
            ansi.MarkupLine($"answering: [bold]{Markup.Escape(answering.Id)}[/] ({Markup.Escape(answering.Reason)})   open-war risk: {Format(explanation.OpenWarRisk)}");
        }

        if (result.Intervals is not null)
        {
            ansi.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{IntervalColumn}: 5% to 95% over {result.Draws} draws of the fitted parameters ({result.IntervalSource}, seed {result.Seed})")));
        }

        if (explanation.Robustness is { } robustness)
        {
            ansi.MarkupLine(Markup.Escape(robustness));
        }

        var utilities = new Table().Border(TableBorder.Simple).AddColumn("response").AddColumn(new TableColumn("EU").RightAligned());
        var objectives = explanation.Utilities.Count > 0 ? explanation.Utilities[0].ByObjective.Keys.ToList() : [];
        foreach (var objective in objectives)
        {
            utilities.AddColumn(new TableColumn(objective).RightAligned());
        }

        foreach (var utility in explanation.Utilities)
        {
            var cells = new List<string> { utility.Response, Format(utility.Total) };
            cells.AddRange(objectives.Select(o => Format(utility.ByObjective[o])));
            utilities.AddRow(cells.ToArray());
        }

        ansi.MarkupLine("\n[bold]expected utility by objective[/]");
        ansi.Write(utilities);
        ansi.MarkupLine("[bold]inputs that move the prediction most[/] (shift of the distribution per 0.1 change)");
        foreach (var sensitivity in explanation.Sensitivities)
        {
            ansi.MarkupLine($"  {Markup.Escape(sensitivity.Label)} ({Markup.Escape(sensitivity.Input)} = {Format(sensitivity.Value)}): {Format(sensitivity.Shift)}");
        }

        ansi.MarkupLine(explanation.Flip is { } flip
            ? $"[bold]what would flip it:[/] {Markup.Escape(flip.Sentence)}"
            : "[bold]what would flip it:[/] no single input within its range changes the top response");
    }

    private static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
