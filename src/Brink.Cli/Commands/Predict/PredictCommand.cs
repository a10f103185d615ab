using System.CommandLine;
using Brink.Cli.Infrastructure;
using Brink.Model.Prediction;

namespace Brink.Cli.Commands.Predict;

/// <summary><c>brink predict FILE [--json] [--pack DIR]</c>: the seven response probabilities and why.</summary>
internal static class PredictCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "A situation file (YAML, per docs/situations.md)." };
        var json = new Option<bool>("--json") { Description = "Print the prediction as JSON (id, probabilities, top, explanation)." };
        var pack = new Option<string?>("--pack") { Description = "Model pack directory; default: the pack whose focal list names the situation's focal actor." };
        var command = new Command("predict", "Predict the probability of each response on the escalation ladder, with an explanation.") { file, json, pack };
        var store = RunRecording.AddTo(command);
        CommandRunner.SetAction(command, console, parse =>
        {
            var started = TimeProvider.System.GetUtcNow();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var (situation, modelPack, _) = ModelInputs.Load(parse.GetRequiredValue(file), parse.GetValue(pack));
            var result = new Predictor(modelPack).Explain(situation);
            if (parse.GetValue(json))
            {
                console.Output.WriteLine(JsonOutput.Serialize(result));
            }
            else
            {
                PredictionView.Render(console, situation, modelPack, result);
            }

            RunRecording.Record(console, parse, store, "predict", [parse.GetRequiredValue(file), modelPack.SourcePath], modelPack, null, JsonOutput.Serialize(result), started, clock);
            return ExitCodes.Success;
        });
        return command;
    }
}
