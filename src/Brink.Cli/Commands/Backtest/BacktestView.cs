using System.Globalization;
using Brink.Analysis.Backtest;
using Brink.Cli.Infrastructure;
using Brink.Model.Packs;
using Spectre.Console;

namespace Brink.Cli.Commands.Backtest;

/// <summary>Human output of a backtest: scores with skill, the worst-predicted cases, calibration.</summary>
internal static class BacktestView
{
    public static void Render(CliConsole console, BacktestReport report, ModelPack pack)
    {
        console.Output.WriteLine($"backtest of {pack.Id} {pack.Version} on {report.Cases} cases (baselines leave-one-out)");
        var scores = new Table().RoundedBorder().AddColumns("forecast", "Brier", "log loss", "accuracy", "RPS", "Brier skill");
        scores.AddRow("model", F(report.Brier), F(report.LogLoss), F(report.Accuracy), F(report.Rps), "");
        foreach (var (name, s) in report.Baselines)
        {
            scores.AddRow(name.Replace('_', ' '), F(s.Brier), F(s.LogLoss), F(s.Accuracy), F(s.Rps), $"model vs this: {F(report.Skill[name].Brier)}");
        }

        console.Ansi.Write(scores);
        var worst = new Table().RoundedBorder().AddColumns("worst-predicted case", "actual", "p(actual)", "model's top");
        foreach (var c in report.PerCase.OrderBy(c => c.Probabilities[c.Actual]).Take(5))
        {
            var top = c.Probabilities.MaxBy(p => p.Value);
            worst.AddRow(Markup.Escape(c.Id), c.Actual, F(c.Probabilities[c.Actual]), $"{top.Key} ({F(top.Value)})");
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
