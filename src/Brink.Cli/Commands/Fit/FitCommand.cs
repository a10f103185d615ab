using System.CommandLine;
using Brink.Analysis.Fitting;
using Brink.Analysis.Runs;
using Brink.Cli.Infrastructure;
using Brink.Model.Packs;
using Brink.Model.Prediction;

namespace Brink.Cli.Commands.Fit;

/// <summary>
/// <c>brink fit CASES... --out DIR</c>: MAP estimates of the pack's free parameters from cases, with standard
/// errors, likelihood profiles and cross-validated scores; writes the fitted pack to DIR.
/// </summary>
internal static class FitCommand
{
    public static Command Create(CliConsole console)
    {
        var cases = new Argument<string[]>("CASES") { Description = "Case files or folders of them (each with an outcome).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Folder for the fitted pack (pack.yaml, dynamics.yaml) and fit.json.", Required = true };
        var pack = new Option<string?>("--pack") { Description = "Pack to fit; default: the pack for the cases' focal actor." };
        var folds = new Option<int>("--folds") { Description = "k of k-fold cross-validation.", DefaultValueFactory = _ => 5 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the fold assignment.", DefaultValueFactory = _ => 1UL };
        var noLoo = new Option<bool>("--no-loo") { Description = "Skip leave-one-out cross-validation (one refit per case)." };
        var json = new Option<bool>("--json") { Description = "Print fit.json to standard output too." };
        var command = new Command("fit", "Fit the pack's free parameters to historical cases (MAP with a prior at the documented defaults).")
        {
            cases, output, pack, folds, seed, noLoo, json,
        };
        var store = RunRecording.AddTo(command);
        CommandRunner.SetAction(command, console, parse =>
        {
            var started = TimeProvider.System.GetUtcNow();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var options = new FitOptions(parse.GetValue(folds), parse.GetValue(seed), !parse.GetValue(noLoo));
            if (options.Folds < 2)
            {
                throw new UsageException("--folds must be at least 2");
            }

            var (files, loaded) = CaseFiles.Load(parse.GetRequiredValue(cases));
            var (modelPack, packDirectory) = ModelInputs.PackForCases(parse.GetValue(pack), files[0], loaded[0].Focal);
            if (modelPack.Free.IsEmpty)
            {
                throw new UsageException($"{modelPack.SourcePath}: the pack lists no free parameters to fit");
            }

            var progress = console.Interactive ? new Progress<string>(step => console.Error.WriteLine($"fit: {step}")) : null;
            var result = Fitter.Fit(new Predictor(modelPack), loaded, options, progress);
            var report = FitReport.Create(result, loaded, DataHash.Of(files), modelPack);
            FitFiles.Write(parse.GetRequiredValue(output), packDirectory, modelPack, report);
            var stored = RunResult.Of(report);
            if (parse.GetValue(json))
            {
                console.Output.WriteLine(stored.Json);
            }
            else
            {
                FitView.Render(console, report, parse.GetRequiredValue(output));
            }

            RunRecording.Record(console, parse, store, [.. files, modelPack.SourcePath], modelPack, options.Seed, stored, started, clock);
            return ExitCodes.Success;
        });
        return command;
    }
}
