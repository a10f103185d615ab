using System.Globalization;
using Brink.Analysis.Sweeps;
using Brink.Cli.Infrastructure;
using Brink.Games.Solvers.QuantalResponse;
using Spectre.Console;

namespace Brink.Cli.Commands.Sweep;

/// <summary>Human output of a sweep: its size, the range of key outputs, and the Sobol indices.</summary>
internal static class SweepView
{
    private static readonly string[] KeyOutputs = ["p_concede", "p_major", "war", "deal"];

    public static void Render(CliConsole console, SweepResult result)
    {
        int replications = result.Options.Replications;
        console.Output.WriteLine(
            $"{result.Points.Length} of {result.PointCount} points ({result.Options.Design.ToString().ToLowerInvariant()} design), {replications} replication(s) each, horizon {result.Options.Horizon}");
        var outputs = new Table().RoundedBorder().AddColumns("output", "min", "mean", "max");
        foreach (var output in KeyOutputs)
        {
            var values = result.Points.Select(p => SensitivityAnalysis.Value(p, output)).Where(double.IsFinite).ToList();
            if (values.Count > 0)
            {
                outputs.AddRow(output, Format(values.Min()), Format(values.Average()), Format(values.Max()));
            }
        }

        console.Ansi.Write(outputs);
        var indices = SensitivityAnalysis.Compute(result);
        if (indices.IsEmpty)
        {
            console.Output.WriteLine(result.IsComplete
                ? "no Sobol indices from a Latin hypercube; use --design sobol or grid"
                : "Sobol indices need every shard: combine them with brink merge");
            return;
        }

        var table = new Table().RoundedBorder().AddColumn("input");
        foreach (var output in KeyOutputs.Where(o => indices.Any(i => i.Output == o)))
        {
            table.AddColumn($"{output} S1 / ST");
        }

        foreach (var axis in result.Axes)
        {
            var cells = KeyOutputs.Where(o => indices.Any(i => i.Output == o))
                .Select(o => indices.Single(i => i.Output == o && i.Input == axis.Path))
                .Select(i => $"{Format(i.First)} / {Format(i.Total)}");
            table.AddRow([Markup.Escape(axis.Path), .. cells]);
        }

        console.Output.WriteLine("Sobol indices (first order / total): the share of each output's variance due to each input");
        console.Ansi.Write(table);
    }

    private static string Format(double value) => double.IsFinite(value) ? value.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
