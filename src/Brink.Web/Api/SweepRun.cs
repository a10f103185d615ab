using System.Globalization;
using Brink.Analysis.Runs;
using Brink.Analysis.Sweeps;
using Brink.Model.Dynamics;
using Brink.Model.Packs;
using Brink.Model.Situations;
using Brink.Web.Runs;

namespace Brink.Web.Api;

/// <summary>
/// A two-axis grid sweep as the API runs it, checked before any work starts (bad input is a 400, never a failed
/// job). <see cref="Compute"/> calls the CLI's <see cref="Sweeper"/>; <see cref="Record"/> stores the run as the
/// <c>brink sweep</c> command line that repeats it, with the CLI's stored summary.
/// </summary>
internal sealed record SweepRun(string Text, Situation Situation, ModelPack Pack, DynamicsParameters Dynamics, SweepAxis X, SweepAxis Y, string Output, SweepOptions Settings)
{
    /// <summary>The most levels per axis: a 21 × 21 map is finer than the eye reads.</summary>
    public const int MaxLevels = 21;

    /// <summary>The most trajectories per point the workbench runs.</summary>
    public const int MaxReplications = 1000;

    public static SweepRun Prepare(SweepRequest body, ModelCatalog models)
    {
        string text = body.Situation ?? throw ApiProblem.BadRequest("expected a 'situation' field holding YAML text");
        var situation = SituationEndpoints.Parse(text);
        var x = Axis(body.X, "x", situation);
        var y = Axis(body.Y, "y", situation);
        if (x.Path == y.Path)
        {
            throw ApiProblem.BadRequest($"x and y both vary '{x.Path}'; choose two different inputs");
        }

        string output = body.Output ?? "p_major";
        if (!SensitivityAnalysis.Outputs.Contains(output))
        {
            throw ApiProblem.BadRequest($"unknown output '{output}'; expected one of {string.Join(", ", SensitivityAnalysis.Outputs)}");
        }

        var settings = new SweepOptions(SweepDesign.Grid, Replications: body.Replications ?? 0, Horizon: body.Horizon ?? 6, Seed: body.Seed ?? 1);
        if (settings.Replications is < 0 or > MaxReplications)
        {
            throw ApiProblem.BadRequest($"replications must be from 0 to {MaxReplications}");
        }

        if (!output.StartsWith("p_", StringComparison.Ordinal) && settings.Replications == 0)
        {
            throw ApiProblem.BadRequest($"'{output}' is a share of simulated outcomes; set replications to 1 or more");
        }

        if (settings.Horizon is < 1 or > Brink.Analysis.Simulation.SimulationOptions.MaxHorizon)
        {
            throw ApiProblem.BadRequest($"horizon must be from 1 to {Brink.Analysis.Simulation.SimulationOptions.MaxHorizon}");
        }

        var pack = models.PackFor(situation.Focal);
        return new SweepRun(text, situation, pack, models.DynamicsFor(pack), x, y, output, settings);
    }

    /// <summary>Grid points: the job's progress counts them.</summary>
    public int Points => X.Levels * Y.Levels;

    /// <summary>The sweep; throws <see cref="OperationCanceledException"/> when cancelled.</summary>
    public SweepResult Compute(IProgress<int>? progress, CancellationToken cancellationToken) =>
        Sweeper.Run(Situation, Pack, Dynamics, [X, Y], Settings, progress, null, cancellationToken);

    /// <summary>The answer: the heat map of the chosen output and each axis's level values.</summary>
    public SweepAnswer Answer(SweepResult result, long? runId) => new(
        Output,
        SweepHeatmap.Of(result, Output),
        [.. Enumerable.Range(0, X.Levels).Select(X.Level)],
        [.. Enumerable.Range(0, Y.Levels).Select(Y.Level)],
        result.Options.Replications,
        result.Options.Horizon,
        result.Options.Seed,
        runId);

    /// <summary>The files whose bytes a stored sweep hashes (as the CLI does), the situation being <paramref name="file"/>.</summary>
    public IReadOnlyList<string> HashedFiles(string file) => [file, Pack.SourcePath];

    /// <summary>Records the finished run in the workspace's store; its id, or null when the store is unwritable.</summary>
    public long? Record(WorkspaceRuns runs, SweepResult result, DateTimeOffset startedAt, TimeSpan elapsed)
    {
        string file = runs.KeepInput(Text);
        string[] arguments =
        [
            "sweep", file, "--vary", Vary(X), "--vary", Vary(Y),
            "--replications", Settings.Replications.ToString(CultureInfo.InvariantCulture),
            "--horizon", Settings.Horizon.ToString(CultureInfo.InvariantCulture),
            "--seed", Settings.Seed.ToString(CultureInfo.InvariantCulture),
        ];
        return runs.Record(arguments, HashedFiles(file), Pack, Settings.Seed, RunResult.Of(SweepSummary.Of(result)), startedAt, elapsed);
    }

    private static string Vary(SweepAxis axis) =>
        string.Create(CultureInfo.InvariantCulture, $"{axis.Path}={axis.Low:R}:{axis.High:R}:{axis.Levels}");

    private static SweepAxis Axis(SweepAxisRequest? request, string name, Situation situation)
    {
        if (request?.Path is not { Length: > 0 } path)
        {
            throw ApiProblem.BadRequest($"expected '{name}' with a 'path', e.g. {{\"path\": \"state.sanctions\", \"low\": 0, \"high\": 1, \"levels\": 5}}");
        }

        SweepTarget target;
        try
        {
            target = SweepTarget.Resolve(path, situation);
        }
        catch (FormatException error)
        {
            throw ApiProblem.BadRequest($"{name}: {error.Message}");
        }

        double low = request.Low ?? target.Lower, high = request.High ?? target.Upper;
        int levels = request.Levels ?? 5;
        if (!double.IsFinite(low) || !double.IsFinite(high) || low >= high || low < target.Lower || high > target.Upper)
        {
            throw ApiProblem.BadRequest($"{name}: expected low < high within {target.Lower}..{target.Upper}, found {low}..{high}");
        }

        if (levels is < 2 or > MaxLevels)
        {
            throw ApiProblem.BadRequest($"{name}: levels must be from 2 to {MaxLevels}");
        }

        return new SweepAxis(path, low, high, levels);
    }
}
