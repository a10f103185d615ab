using System.CommandLine;
using Brink.Analysis.Runs;
using Brink.Analysis.Simulation;
using Brink.Cli.Infrastructure;
using Brink.Model.Dynamics;
using Brink.Model.Prediction;
using Spectre.Console;

namespace Brink.Cli.Commands.Simulate;

/// <summary>
/// <c>brink simulate FILE --runs N --horizon T --seed S [--policy FILE] [--json|--csv FILE]</c>: Monte Carlo crisis trajectories.
/// Same seed, same result at any thread count.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The starting situation (YAML)." };
        var runs = new Option<int>("--runs", "-n") { Description = "Number of trajectories.", DefaultValueFactory = _ => 10_000 };
        var horizon = new Option<int>("--horizon", "-t") { Description = "Steps (decision points) per trajectory.", DefaultValueFactory = _ => 12 };
        var seed = new Option<ulong>("--seed", "-s") { Description = "Random seed; the run is reproducible from (inputs, pack version, seed).", DefaultValueFactory = _ => 1UL };
        var threads = CommandLimits.ThreadsOption();
        var json = new Option<bool>("--json") { Description = "Print every table as JSON." };
        var csv = new Option<string?>("--csv") { Description = "Write tidy CSV: FILE holds state distributions; FILE's siblings -outcomes, -hazards, -times, -responses, -replies and -triggers the other tables." };
        var pack = new Option<string?>("--pack") { Description = "Model pack directory (with pack.yaml and dynamics.yaml)." };
        var policy = new Option<string?>("--policy") { Description = "A YAML schedule of adversary and third-party moves by step (docs/simulation.md, Policies)." };
        var command = new Command("simulate", "Simulate how a crisis may unfold: outcome shares and state distributions per step.")
        {
            file, runs, horizon, seed, threads, json, csv, pack, policy,
        };
        var store = RunRecording.AddTo(command);
        CommandRunner.SetAction(command, console, parse =>
        {
            var started = TimeProvider.System.GetUtcNow();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var options = new SimulationOptions(parse.GetValue(runs), parse.GetValue(horizon), parse.GetValue(seed), parse.GetValue(threads));
            Validate(options);
            var (situation, modelPack, packDirectory) = ModelInputs.Load(parse.GetRequiredValue(file), parse.GetValue(pack));
            var dynamics = ModelInputs.LoadDynamics(packDirectory);
            string? policyPath = parse.GetValue(policy);
            var schedule = policyPath is null ? null : PolicyLoader.Load(policyPath, situation, options.Horizon);
            var result = Run(console, () => progress => Simulator.Run(situation, new Predictor(modelPack), dynamics, options, progress, schedule), options.Runs);
            if (parse.GetValue(csv) is { } csvPath)
            {
                SimulationFiles.WriteCsv(csvPath, result);
                console.Error.WriteLine($"wrote {csvPath} and its -outcomes, -hazards, -times, -responses, -replies, -triggers siblings");
            }

            var stored = RunResult.Of(result);
            if (parse.GetValue(json))
            {
                console.Output.WriteLine(stored.Json);
            }
            else
            {
                SimulationView.Render(console, situation, result);
            }

            RunRecording.Record(console, parse, store, [parse.GetRequiredValue(file), modelPack.SourcePath, Path.Combine(packDirectory, "dynamics.yaml"), .. policyPath is null ? Array.Empty<string>() : [policyPath]], modelPack, options.Seed, stored, started, clock);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Validate(SimulationOptions options)
    {
        if (options.Runs < 1)
        {
            throw new UsageException("--runs must be at least 1");
        }

        if (options.Horizon < 1)
        {
            throw new UsageException("--horizon must be at least 1");
        }

        if (options.Horizon > SimulationOptions.MaxHorizon)
        {
            throw new UsageException($"--horizon must be at most {SimulationOptions.MaxHorizon} (decision points of a month each: fifty years)");
        }

        if (options.Runs > SimulationOptions.MaxRuns)
        {
            throw new UsageException($"--runs must be at most {SimulationOptions.MaxRuns:N0}".Replace(",", "_", StringComparison.Ordinal));
        }

        CommandLimits.CheckThreads(options.MaxDegreeOfParallelism);
    }

    private static SimulationResult Run(CliConsole console, Func<Func<IProgress<int>?, SimulationResult>> work, int runs)
    {
        if (!console.Interactive)
        {
            return work()(null);
        }

        SimulationResult? result = null;
        console.Ansi.Progress().Start(context =>
        {
            var task = context.AddTask("simulating", maxValue: runs);
            result = work()(new Progress<int>(done => task.Value = done));
            task.Value = runs;
        });
        return result!;
    }
}
