using System.CommandLine;
using Brink.Analysis.Runs;
using Brink.Cli.Infrastructure;
using Brink.Model.Prediction;
using Brink.Model.Uncertainty;

namespace Brink.Cli.Commands.Predict;

/// <summary>
/// <c>brink predict FILE [--json] [--pack DIR] [--draws N] [--seed S]</c>: the seven response probabilities, their
/// 90% intervals from the fitted parameters' uncertainty, and why. Same seed, same output.
/// </summary>
internal static class PredictCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "A situation file (YAML, per docs/situations.md)." };
        var json = new Option<bool>("--json") { Description = "Print the prediction as JSON (id, probabilities, top, explanation)." };
        var pack = new Option<string?>("--pack") { Description = "Model pack directory; default: the pack whose focal list names the situation's focal actor." };
        var draws = new Option<int>("--draws")
        {
            Description = "Parameter vectors drawn from the fit's posterior approximation for the 90% intervals; 0 turns them off.",
            DefaultValueFactory = _ => UncertaintyOptions.DefaultDraws,
        };
        var seed = new Option<ulong>("--seed", "-s")
        {
            Description = "Random seed of the draws; the output is reproducible from (inputs, pack version, seed).",
            DefaultValueFactory = _ => UncertaintyOptions.DefaultSeed,
        };
        var command = new Command("predict", "Predict the probability of each response on the escalation ladder, with 90% intervals and an explanation.")
        {
            file, json, pack, draws, seed,
        };
        var store = RunRecording.AddTo(command);
        CommandRunner.SetAction(command, console, parse =>
        {
            var started = TimeProvider.System.GetUtcNow();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var uncertainty = new UncertaintyOptions(parse.GetValue(draws), parse.GetValue(seed));
            if (uncertainty.Draws is < 0 or > CommandLimits.MaxDraws)
            {
                throw new UsageException($"--draws must be 0 (no intervals) up to {CommandLimits.MaxDraws:N0}");
            }

            var (situation, modelPack, _) = ModelInputs.Load(parse.GetRequiredValue(file), parse.GetValue(pack));
            var result = new Predictor(modelPack).Explain(situation, uncertainty);
            var stored = RunResult.Of(result);
            if (parse.GetValue(json))
            {
                console.Output.WriteLine(stored.Json);
            }
            else
            {
                PredictionView.Render(console, situation, modelPack, result);
            }

            RunRecording.Record(console, parse, store, [parse.GetRequiredValue(file), modelPack.SourcePath], modelPack, result.Seed, stored, started, clock);
            return ExitCodes.Success;
        });
        return command;
    }
}
