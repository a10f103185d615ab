using System.CommandLine;
using Brink.Analysis.Fitting;
using Brink.Analysis.Sweeps;
using Brink.Cli.Infrastructure;
using Brink.Games.Solvers.QuantalResponse;

namespace Brink.Cli.Commands.Sweep;

/// <summary>
/// <c>brink sweep FILE --vary PATH=LO:HI:N ... [--design grid|lhs|sobol] [--replications R] [--out FILE.csv]
/// [--shard K/N]</c>: response probabilities and simulated outcomes over a design, with Sobol indices.
/// </summary>
internal static class SweepCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The situation to sweep around (YAML)." };
        var vary = new Option<string[]>("--vary") { Description = "PATH=LO:HI:N: a situation input (state.sanctions, state.adversaries.us.resolve, trigger.severity, ...) or pack.<parameter>.", Required = true, AllowMultipleArgumentsPerToken = false };
        var design = new Option<SweepDesign>("--design") { Description = "grid (every level combination), lhs (Latin hypercube) or sobol (Saltelli's scheme).", DefaultValueFactory = _ => SweepDesign.Grid };
        var points = new Option<int>("--points") { Description = "Points of an lhs design, or N of a sobol design (N·(d+2) points).", DefaultValueFactory = _ => 64 };
        var replications = new Option<int>("--replications", "-r") { Description = "Simulated trajectories per point (0: probabilities only).", DefaultValueFactory = _ => 10 };
        var horizon = new Option<int>("--horizon", "-t") { Description = "Steps per trajectory.", DefaultValueFactory = _ => 6 };
        var seed = new Option<ulong>("--seed", "-s") { Description = "Seed of the design and the trajectories.", DefaultValueFactory = _ => 1UL };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores); results do not depend on it.", DefaultValueFactory = _ => 0 };
        var shard = new Option<string?>("--shard") { Description = "K/N: compute only shard K of N (combine with brink merge)." };
        var output = new Option<string?>("--out", "-o") { Description = "Write tidy rows to FILE.csv (and the manifest to FILE.csv.json)." };
        var pack = new Option<string?>("--pack") { Description = "Model pack directory." };
        var policy = new Option<string?>("--policy") { Description = "A YAML schedule of adversary and third-party moves for the trajectories (docs/simulation.md, Policies)." };
        var command = new Command("sweep", "Sweep inputs over a design: response probabilities, simulated outcomes and Sobol indices.")
        {
            file, vary, design, points, replications, horizon, seed, threads, shard, output, pack, policy,
        };
        var store = RunRecording.AddTo(command);
        CommandRunner.SetAction(command, console, parse =>
        {
            var started = TimeProvider.System.GetUtcNow();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var (situation, modelPack, packDirectory) = ModelInputs.Load(parse.GetRequiredValue(file), parse.GetValue(pack));
            var axes = Axes(parse.GetRequiredValue(vary), situation);
            var (shardIndex, shardCount) = ShardOption.Parse(parse.GetValue(shard));
            var options = new SweepOptions(parse.GetValue(design), parse.GetValue(points), parse.GetValue(replications),
                parse.GetValue(horizon), parse.GetValue(seed), parse.GetValue(threads), shardIndex, shardCount);
            Validate(options);
            CommandLimits.CheckThreads(options.MaxDegreeOfParallelism);
            if (options.Horizon > Analysis.Simulation.SimulationOptions.MaxHorizon)
            {
                throw new UsageException($"--horizon must be at most {Analysis.Simulation.SimulationOptions.MaxHorizon}");
            }

            if (options.Replications > CommandLimits.MaxReplications)
            {
                throw new UsageException($"--replications must be at most {CommandLimits.MaxReplications:N0}");
            }
            var dynamics = ModelInputs.LoadDynamics(packDirectory);
            string? policyPath = parse.GetValue(policy);
            var schedule = policyPath is null ? null : Model.Dynamics.PolicyLoader.Load(policyPath, situation, options.Horizon);
            string[] inputFiles = [parse.GetRequiredValue(file), modelPack.SourcePath, .. policyPath is null ? Array.Empty<string>() : [policyPath]];
            long total = SweepPoints.Count(axes, options.Design, options.BaseCount);
            if (total > 5_000_000)
            {
                throw new UsageException($"the design has {total:N0} points; reduce the levels or --points");
            }

            var result = Progress.Run(console, "sweeping", (int)((total + shardCount - 1) / shardCount),
                progress => Sweeper.Run(situation, modelPack, dynamics, axes, options, progress, schedule));
            if (parse.GetValue(output) is { } csv)
            {
                string hash = DataHash.Of(inputFiles);
                var manifest = new SweepManifest(situation.Id, hash, modelPack.Id, modelPack.Version, result.Axes, options, result.PointCount);
                SweepFiles.Write(csv, manifest, result);
                console.Error.WriteLine($"wrote {csv} and {SweepFiles.ManifestPath(csv)}");
            }

            RunRecording.Record(console, parse, store, "sweep", inputFiles, modelPack, options.Seed, SweepSummary.Json(result), started, clock);
            SweepView.Render(console, result);
            return ExitCodes.Success;
        });
        return command;
    }

    private static List<SweepAxis> Axes(string[] texts, Model.Situations.Situation situation)
    {
        var axes = new List<SweepAxis>();
        foreach (var text in texts)
        {
            SweepAxis axis;
            try
            {
                axis = SweepAxis.Parse(text);
                var target = SweepTarget.Resolve(axis.Path, situation);
                if (axis.Low < target.Lower || axis.High > target.Upper)
                {
                    throw new FormatException($"'{text}': expected a range within {target.Lower}..{target.Upper}");
                }
            }
            catch (FormatException e)
            {
                throw new UsageException($"--vary {e.Message}");
            }

            if (axes.Any(a => a.Path == axis.Path))
            {
                throw new UsageException($"--vary '{axis.Path}' is given twice");
            }

            axes.Add(axis);
        }

        return axes;
    }

    private static void Validate(SweepOptions options)
    {
        string? problem = options.FirstInvalid() switch
        {
            null => null,
            nameof(SweepOptions.BaseCount) => "--points must be at least 2",
            nameof(SweepOptions.Replications) => "--replications must be 0 or more",
            nameof(SweepOptions.Horizon) => "--horizon must be at least 1",
            nameof(SweepOptions.MaxDegreeOfParallelism) => "--threads must be 0 (all cores) or more",
            _ => "--shard must be K/N with 1 <= K <= N",
        };
        if (problem is not null)
        {
            throw new UsageException(problem);
        }
    }
}
