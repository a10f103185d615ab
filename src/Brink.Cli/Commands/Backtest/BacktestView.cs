using System.Globalization;
using Brink.Analysis.Backtest;
using Brink.Cli.Infrastructure;
using Brink.Model.Packs;
using Spectre.Console;

namespace Brink.Cli.Commands.Backtest;

/// <summary>Human output of a backtest: scores with how each was obtained and skill, the worst-predicted cases, calibration.</summary>
internal static class BacktestView
{
    public static void Render(CliConsole console, BacktestReport report, ModelPack pack)
    {
        console.Output.WriteLine($"backtest of {pack.Id} {pack.Version} on {report.Cases} cases; model: {report.Evaluation}");
        int inSample = report.PerCase.Count(c => c.Evaluation == EvaluationNames.Name(Evaluation.InSample));
        if (inSample > 0)
        {
            console.Output.WriteLine($"note: {inSample} case(s) are scored in-sample, with values fitted on them: optimistic, not comparable with the leave-one-out baselines");
        }

        var scores = new Table().RoundedBorder().AddColumns("forecast", "evaluation", "cases", "Brier", "log loss", "accuracy", "RPS", "model's Brier skill vs this");
        foreach (var row in report.Rows)
        {
            var s = row.Scores;
            string skill = row.Forecast == "model" ? "" : F(report.Skill[row.Forecast].Brier);
            // The model's row over all cases, when they were scored under several schemes (the rows above split it).
            string evaluation = row.Evaluation.Contains('+', StringComparison.Ordinal) ? "all of the above" : row.Evaluation;
            scores.AddRow(row.Forecast.Replace('_', ' '), evaluation, row.Cases.ToString(CultureInfo.InvariantCulture),
                F(s.Brier), F(s.LogLoss), F(s.Accuracy), F(s.Rps), skill);
        }

        console.Ansi.Write(scores);
        var worst = new Table().RoundedBorder().AddColumns("worst-predicted case", "evaluation", "actual", "p(actual)", "model's top");
        foreach (var c in report.PerCase.OrderBy(c => c.Probabilities[c.Actual]).Take(5))
        {
            var top = c.Probabilities.MaxBy(p => p.Value);
            worst.AddRow(Markup.Escape(c.Id), c.Evaluation, c.Actual, F(c.Probabilities[c.Actual]), $"{top.Key} ({F(top.Value)})");
        }

        console.Ansi.Write(worst);
        var calibration = new Table().RoundedBorder().AddColumns("predicted", "pairs", "mean predicted", "observed");
        foreach (var bin in report.Calibration.Where(b => b.Count > 0))
        {
            calibration.AddRow($"{F(bin.Lower, "0.0")}–{F(bin.Upper, "0.0")}", bin.Count.ToString(CultureInfo.InvariantCulture), F(bin.MeanPredicted), F(bin.ObservedFrequency));
        }

        console.Ansi.Write(calibration);
    }

    private static string F(double value, string format = "0.000") =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "-";
}
