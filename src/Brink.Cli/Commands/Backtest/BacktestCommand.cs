using System.CommandLine;
using System.Collections.Immutable;
using Brink.Analysis.Backtest;
using Brink.Analysis.Fitting;
using Brink.Analysis.Runs;
using Brink.Cli.Commands.Fit;
using Brink.Cli.Infrastructure;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Cli.Commands.Backtest;

/// <summary>
/// <c>brink backtest PATH... [--pack DIR] [--in-sample] [--json]</c>: predicts every case with its outcome hidden
/// and scores the model against the leave-one-out base rate and a ridge logistic regression. Cases the pack was
/// fitted on are predicted by the pack refitted without them, unless <c>--in-sample</c>.
/// </summary>
internal static class BacktestCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Case files or folders of them (each with an outcome).", Arity = ArgumentArity.OneOrMore };
        var pack = new Option<string?>("--pack") { Description = "Model pack directory; default: the pack for the cases' focal actor." };
        var inSample = new Option<bool>("--in-sample") { Description = "Score the cases the pack was fitted on with its fitted values, without refitting (optimistic; labelled in-sample)." };
        var threads = CommandLimits.ThreadsOption("the refits");
        var json = new Option<bool>("--json") { Description = "Print the report as JSON (cases, evaluation, brier, log_loss, accuracy, rps, rows, baselines, skill, per_case, calibration)." };
        var command = new Command("backtest", "Score the model's predictions of historical cases against baselines.") { paths, pack, inSample, threads, json };
        var store = RunRecording.AddTo(command);
        CommandRunner.SetAction(command, console, parse =>
        {
            var started = TimeProvider.System.GetUtcNow();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            CommandLimits.CheckThreads(parse.GetValue(threads));

            var (files, cases) = CaseFiles.Load(parse.GetRequiredValue(paths));
            var (modelPack, _) = ModelInputs.PackForCases(parse.GetValue(pack), files[0], cases[0].Focal);
            var predictor = new Predictor(modelPack);
            var options = new BacktestOptions(FittedOn(console, modelPack, cases), parse.GetValue(inSample), new FitOptions(MaxDegreeOfParallelism: parse.GetValue(threads)));
            var report = Progress.Run(console, "refitting without each case", Backtester.Steps(cases, options),
                progress => Backtester.Run(cases, predictor, predictor.CurrentValues.AsSpan(), options, progress), onError: true);
            var stored = RunResult.Of(report);
            if (parse.GetValue(json))
            {
                console.Output.WriteLine(stored.Json);
            }
            else
            {
                BacktestView.Render(console, report, modelPack);
            }

            RunRecording.Record(console, parse, store, [.. files, modelPack.SourcePath], modelPack, null, stored, started, clock);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The cases the pack's values were fitted on (<see cref="FittedCases"/>), warning when the fit does not name them.</summary>
    private static ImmutableHashSet<string> FittedOn(CliConsole console, ModelPack pack, IReadOnlyList<Situation> cases)
    {
        var fitted = FittedCases.Of(pack, cases, out bool unnamed);
        if (unnamed)
        {
            console.Error.WriteLine($"{pack.SourcePath}: the fit does not name its cases; scoring every case as fitted on (run brink fit again to record them)");
        }

        return fitted;
    }
}
