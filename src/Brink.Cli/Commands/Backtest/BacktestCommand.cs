using System.CommandLine;
using Brink.Analysis.Backtest;
using Brink.Cli.Commands.Fit;
using Brink.Cli.Infrastructure;
using Brink.Model.Packs;
using Brink.Model.Prediction;

namespace Brink.Cli.Commands.Backtest;

/// <summary>
/// <c>brink backtest PATH... [--pack DIR] [--json]</c>: predicts every case with its outcome hidden and scores
/// the model against the leave-one-out base rate and a ridge logistic regression.
/// </summary>
internal static class BacktestCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Case files or folders of them (each with an outcome).", Arity = ArgumentArity.OneOrMore };
        var pack = new Option<string?>("--pack") { Description = "Model pack directory; default: the pack for the cases' focal actor." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON (cases, brier, log_loss, accuracy, rps, baselines, skill, per_case, calibration)." };
        var command = new Command("backtest", "Score the model's predictions of historical cases against baselines.") { paths, pack, json };
        var store = RunRecording.AddTo(command);
        CommandRunner.SetAction(command, console, parse =>
        {
            var started = TimeProvider.System.GetUtcNow();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var (files, cases) = CaseFiles.Load(parse.GetRequiredValue(paths));
            var (modelPack, _) = ModelInputs.PackForCases(parse.GetValue(pack), files[0], cases[0].Focal);
            var predictor = new Predictor(modelPack);
            var report = Backtester.Run(cases, predictor, predictor.CurrentValues.AsSpan());
            if (parse.GetValue(json))
            {
                console.Output.WriteLine(JsonOutput.Serialize(report));
            }
            else
            {
                BacktestView.Render(console, report, modelPack);
            }

            RunRecording.Record(console, parse, store, "backtest", [.. files, modelPack.SourcePath], modelPack, null, JsonOutput.Serialize(report), started, clock);
            return ExitCodes.Success;
        });
        return command;
    }
}
