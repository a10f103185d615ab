using System.Globalization;
using Brink.Analysis.Runs;
using Brink.Analysis.Output;
using Brink.Analysis.Simulation;
using Brink.Model.Dynamics;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;
using Brink.Web.Runs;

namespace Brink.Web.Api;

/// <summary>
/// One simulation as the API runs it, checked before any work starts (so bad input is a 400, never a failed job):
/// the situation, its pack and dynamics, and the options. <see cref="Compute"/> calls the CLI's simulator;
/// <see cref="Record"/> stores the run as the <c>brink simulate</c> command line that repeats it.
/// </summary>
internal sealed record SimulationRun(string Text, Situation Situation, ModelPack Pack, DynamicsParameters Dynamics, SimulationOptions Settings)
{
    /// <summary>Checks the options against the workbench's limits and resolves the pack.</summary>
    public static SimulationRun Prepare(string text, Situation situation, ModelCatalog models, WorkbenchOptions options, int? runs, int? horizon, ulong? seed)
    {
        var settings = new SimulationOptions(runs ?? 1000, horizon ?? 12, seed ?? 1);
        if (settings.Runs < 1 || settings.Runs > options.MaxSimulationRuns)
        {
            throw ApiProblem.BadRequest($"runs must be from 1 to {options.MaxSimulationRuns} (the CLI has no such limit)");
        }

        if (settings.Horizon < 1 || settings.Horizon > SimulationOptions.MaxHorizon)
        {
            throw ApiProblem.BadRequest($"horizon must be from 1 to {SimulationOptions.MaxHorizon}");
        }

        var pack = models.PackFor(situation.Focal);
        return new SimulationRun(text, situation, pack, models.DynamicsFor(pack), settings);
    }

    /// <summary>The trajectories; throws <see cref="OperationCanceledException"/> when cancelled.</summary>
    public SimulationResult Compute(IProgress<int>? progress, CancellationToken cancellationToken) =>
        Simulator.Run(Situation, new Predictor(Pack), Dynamics, Settings, progress, null, cancellationToken);

    /// <summary>The files whose bytes a stored simulate run hashes (as the CLI does), the situation being <paramref name="file"/>.</summary>
    public IReadOnlyList<string> HashedFiles(string file) =>
        [file, Pack.SourcePath, Path.Combine(Path.GetDirectoryName(Pack.SourcePath) ?? ".", "dynamics.yaml")];

    /// <summary>Records the finished run in the workspace's store; its id, or null when the store is unwritable.</summary>
    public long? Record(WorkspaceRuns runs, SimulationResult result, DateTimeOffset startedAt, TimeSpan elapsed)
    {
        string file = runs.KeepInput(Text);
        string[] arguments =
        [
            "simulate", file, "--runs", Settings.Runs.ToString(CultureInfo.InvariantCulture), "--horizon", Settings.Horizon.ToString(CultureInfo.InvariantCulture),
            "--seed", Settings.Seed.ToString(CultureInfo.InvariantCulture), "--json",
        ];
        return runs.Record(arguments, HashedFiles(file), Pack, Settings.Seed, RunResult.Of(result), startedAt, elapsed);
    }
}
