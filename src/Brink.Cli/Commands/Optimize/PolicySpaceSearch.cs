using System.Globalization;
using Brink.Analysis.Output;
using Brink.Analysis.Policy;
using Brink.Analysis.Simulation;
using Brink.Cli.Infrastructure;
using Brink.Model.Dynamics;
using Brink.Model.Packs;
using Brink.Model.Situations;
using Spectre.Console;

namespace Brink.Cli.Commands.Optimize;

/// <summary><c>brink optimize FILE --policy-space SPACE</c>: checks the options, runs <see cref="PolicySearch"/> and renders it.</summary>
internal static class PolicySpaceSearch
{
    public static int Run(
        CliConsole console, Situation situation, ModelPack pack, string packDirectory, string spacePath, double targetDeal, int draws, int runs, int horizon, ulong seed, bool json)
    {
        if (targetDeal is <= 0 or > 1)
        {
            throw new UsageException("--target-deal must be in (0, 1]");
        }

        if (runs < 1 || horizon < 1 || horizon > SimulationOptions.MaxHorizon)
        {
            throw new UsageException($"--runs must be at least 1 and --horizon in 1..{SimulationOptions.MaxHorizon}");
        }

        if (draws is < 0 or > PolicySearchOptions.MaxDraws)
        {
            throw new UsageException($"--draws with --policy-space must be 0 (point estimate) up to {PolicySearchOptions.MaxDraws}");
        }

        var space = PolicySpaceLoader.Load(spacePath);
        var result = PolicySearch.Search(situation, pack, ModelInputs.LoadDynamics(packDirectory), space, new SimulationOptions(runs, horizon, seed), new PolicySearchOptions(targetDeal, draws));
        if (json)
        {
            console.Output.WriteLine(JsonOutput.Serialize(result, AnalysisJsonContext.Default.PolicySearchResult));
            return ExitCodes.Success;
        }

        Render(console, space, result);
        return ExitCodes.Success;
    }

    private static void Render(CliConsole console, PolicySpace space, PolicySearchResult result)
    {
        string over = result.Draws == 0
            ? "at the fitted parameters (point estimate)"
            : $"each over {result.Draws} parameter draws from the fit ({result.DrawSource}), reaching it in ≥ {F(result.RequiredShare)} of draws";
        console.Output.WriteLine($"{result.Points.Length} schedules of {Path.GetFileName(space.TemplatePath)}, {result.Runs} runs × {result.Horizon} steps (seed {result.Seed}); target deal share ≥ {F(result.TargetDeal)} {over}");
        console.Output.WriteLine("shares at the horizon: mean (10th–90th percentile over the draws)");
        var table = new Table().RoundedBorder();
        foreach (var name in result.Parameters)
        {
            table.AddColumn(Markup.Escape(name));
        }

        table.AddColumns("war", "deal", "draws reaching target", "regime crisis", "median step to deal", string.Empty);
        foreach (var point in result.Points)
        {
            table.AddRow([.. point.Values.Select(F), S(point.War), S(point.Deal), F(point.TargetReached), S(point.RegimeCrisis),
                point.MedianStepToDeal?.ToString(CultureInfo.InvariantCulture) ?? "-", ReferenceEquals(point, result.Best) ? "← least warlike reaching the target" : string.Empty]);
        }

        console.Ansi.Write(table);
        if (result.Best is { } best)
        {
            console.Output.WriteLine($"least warlike: {string.Join(", ", result.Parameters.Select((n, i) => $"{n} = {F(best.Values[i])}"))} (war {S(best.War)}, deal {S(best.Deal)})");
            console.Output.WriteLine("as a policy file (brink simulate --policy):");
            console.Output.WriteLine(result.BestPolicy);
        }
        else
        {
            console.Output.WriteLine("no schedule in the space reaches the target deal share");
        }

        console.Output.WriteLine("trade-off curve: the least warlike schedule for each deal target");
        var curve = new Table().RoundedBorder().AddColumns("target deal", "war", "deal", "schedule");
        foreach (var point in result.TradeOff)
        {
            var schedule = point.Schedule;
            curve.AddRow(F(point.TargetDeal), S(schedule.War), S(schedule.Deal),
                Markup.Escape(string.Join(", ", result.Parameters.Select((n, i) => $"{n} = {F(schedule.Values[i])}"))));
        }

        console.Ansi.Write(curve);
    }

    private static string S(OutcomeSpread spread) => spread.Low == spread.High ? F(spread.Mean) : $"{F(spread.Mean)} ({F(spread.Low)}–{F(spread.High)})";

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
