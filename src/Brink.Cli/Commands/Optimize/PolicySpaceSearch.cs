using System.Globalization;
using Brink.Analysis.Output;
using Brink.Analysis.Policy;
using Brink.Analysis.Simulation;
using Brink.Cli.Infrastructure;
using Brink.Games.Solvers.Lemke;
using Brink.Model.Dynamics;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;
using Spectre.Console;

namespace Brink.Cli.Commands.Optimize;

/// <summary><c>brink optimize FILE --policy-space SPACE</c>: checks the options, runs <see cref="PolicySearch"/> and renders it.</summary>
internal static class PolicySpaceSearch
{
    public static int Run(CliConsole console, Situation situation, ModelPack pack, string packDirectory, string spacePath, double targetDeal, int runs, int horizon, ulong seed, bool json)
    {
        if (targetDeal is <= 0 or > 1)
        {
            throw new UsageException("--target-deal must be in (0, 1]");
        }

        if (runs < 1 || horizon < 1 || horizon > SimulationOptions.MaxHorizon)
        {
            throw new UsageException($"--runs must be at least 1 and --horizon in 1..{SimulationOptions.MaxHorizon}");
        }

        var space = PolicySpaceLoader.Load(spacePath);
        var result = PolicySearch.Search(situation, new Predictor(pack), ModelInputs.LoadDynamics(packDirectory), space, new SimulationOptions(runs, horizon, seed), targetDeal);
        if (json)
        {
            console.Output.WriteLine(JsonOutput.Serialize(result));
            return ExitCodes.Success;
        }

        console.Output.WriteLine($"{result.Points.Length} schedules of {Path.GetFileName(space.TemplatePath)}, {runs} runs × {horizon} steps each (seed {seed}); target deal share ≥ {F(targetDeal)}");
        var table = new Table().RoundedBorder();
        foreach (var name in result.Parameters)
        {
            table.AddColumn(Markup.Escape(name));
        }

        table.AddColumns("war", "deal", "regime crisis", "median step to deal", string.Empty);
        foreach (var point in result.Points)
        {
            table.AddRow([.. point.Values.Select(F), F(point.War), F(point.Deal), F(point.RegimeCrisis),
                point.MedianStepToDeal?.ToString(CultureInfo.InvariantCulture) ?? "-", ReferenceEquals(point, result.Best) ? "← least warlike reaching the target" : string.Empty]);
        }

        console.Ansi.Write(table);
        console.Output.WriteLine(result.Best is { } best
            ? $"least warlike: {string.Join(", ", result.Parameters.Select((n, i) => $"{n} = {F(best.Values[i])}"))} (war {F(best.War)}, deal {F(best.Deal)})"
            : "no schedule in the space reaches the target deal share");
        return ExitCodes.Success;
    }

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
