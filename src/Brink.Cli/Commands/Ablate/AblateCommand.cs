using Brink.Analysis.Output;
using System.CommandLine;
using System.Globalization;
using Brink.Analysis.Fitting;
using Brink.Cli.Commands.Fit;
using Brink.Cli.Infrastructure;
using Brink.Model.Mechanisms;
using Spectre.Console;

namespace Brink.Cli.Commands.Ablate;

/// <summary>
/// <c>brink ablate CASES...</c>: switches each mechanism off in turn, refits the free parameters and scores every
/// case leave-one-out, so each mechanism's worth out of sample can be read (docs/mechanisms.md's table).
/// </summary>
internal static class AblateCommand
{
    public static Command Create(CliConsole console)
    {
        var cases = new Argument<string[]>("CASES") { Description = "Case files or folders of them (each with an outcome).", Arity = ArgumentArity.OneOrMore };
        var pack = new Option<string?>("--pack") { Description = "Pack to ablate; default: the pack for the cases' focal actor." };
        var json = new Option<bool>("--json") { Description = "Print the rows as JSON." };
        var command = new Command("ablate", "Refit without each mechanism in turn and score leave-one-out: what each mechanism is worth.")
        {
            cases, pack, json,
        };
        CommandRunner.SetAction(command, console, parse =>
        {
            var (files, loaded) = CaseFiles.Load(parse.GetRequiredValue(cases));
            var (modelPack, _) = ModelInputs.PackForCases(parse.GetValue(pack), files[0], loaded[0].Focal);
            if (modelPack.Free.IsEmpty)
            {
                throw new UsageException($"{modelPack.SourcePath}: the pack lists no free parameters to fit");
            }

            var progress = console.Interactive ? new Progress<string>(step => console.Error.WriteLine($"ablate: {step}")) : null;
            var rows = AblationStudy.Run(modelPack, loaded, new FitOptions(), progress);
            if (parse.GetValue(json))
            {
                console.Output.WriteLine(JsonOutput.Serialize([.. rows.Select(AblationJsonRow.Of)], CliJsonContext.Default.IReadOnlyListAblationJsonRow));
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Simple).AddColumn("removed")
                .AddColumn(new TableColumn("LOO Brier").RightAligned()).AddColumn(new TableColumn("accuracy").RightAligned())
                .AddColumn(new TableColumn("skill").RightAligned()).AddColumn(new TableColumn("change").RightAligned());
            foreach (var r in rows)
            {
                table.AddRow(
                    r.Removed == Mechanism.None ? "(full model)" : r.Removed.ToString(),
                    F(r.Scores.Brier), F(r.Scores.Accuracy), F(r.BrierSkill), r.Removed == Mechanism.None ? "" : F(r.SkillChange));
            }

            console.Ansi.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string F(double value) => value.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture);
}
