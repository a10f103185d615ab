using System.Globalization;
using Brink.Analysis.Fitting;
using Brink.Cli.Infrastructure;
using Spectre.Console;

namespace Brink.Cli.Commands.Fit;

/// <summary>Human output of <c>brink fit</c>: estimates with uncertainty, then scores.</summary>
internal static class FitView
{
    public static void Render(CliConsole console, FitReport report, string directory)
    {
        console.Output.WriteLine($"fitted {report.Pack} {report.PackVersion} on {report.Cases} cases (data sha256 {report.DataSha256[..12]}…)");
        var table = new Table().RoundedBorder()
            .AddColumns("parameter", "default", "estimate", "std. error", "95% interval");
        foreach (var p in report.Parameters)
        {
            string interval = double.IsFinite(p.StandardError)
                ? $"{Format(p.Estimate - (1.96 * p.StandardError))} .. {Format(p.Estimate + (1.96 * p.StandardError))}"
                : "-";
            table.AddRow(Markup.Escape(p.Name), Format(p.Default), Format(p.Estimate), Format(p.StandardError), interval);
        }

        console.Ansi.Write(table);
        var scores = new Table().RoundedBorder().AddColumns("scores", "Brier", "log loss", "accuracy", "RPS");
        foreach (var (label, prefix) in new[] { ("in sample", "in_sample"), ("k-fold", "kfold"), ("leave-one-out", "loo"), ("base rate (LOO)", "base_rate_loo") })
        {
            if (report.Scores.ContainsKey(prefix + "_brier"))
            {
                scores.AddRow(label, Format(report.Scores[prefix + "_brier"]), Format(report.Scores[prefix + "_log_loss"]),
                    Format(report.Scores[prefix + "_accuracy"]), Format(report.Scores[prefix + "_rps"]));
            }
        }

        console.Ansi.Write(scores);
        if (report.Scores.TryGetValue("loo_brier_skill_vs_base_rate", out double skill))
        {
            console.Output.WriteLine($"leave-one-out Brier skill against the base rate: {Format(skill)}");
        }

        console.Output.WriteLine($"wrote {Path.Combine(directory, "pack.yaml")}, dynamics.yaml and fit.json");
    }

    private static string Format(double value) => double.IsFinite(value) ? value.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
