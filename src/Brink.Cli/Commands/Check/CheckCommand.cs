using System.CommandLine;
using Brink.Cli.Infrastructure;
using Brink.Model.Situations;

namespace Brink.Cli.Commands.Check;

/// <summary>
/// <c>brink check FILE...</c>: validates situation files and prints every error as <c>file:line:col: ...</c>.
/// Directories are searched for <c>.yaml</c>/<c>.yml</c> files. Exit 2 when any file has an error.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE") { Description = "Situation files or folders of them.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("check", "Validate situation files against the contract; print every error with file:line:col.") { files };
        CommandRunner.SetAction(command, console, parse =>
        {
            int errors = 0, checkedFiles = 0;
            foreach (var path in SituationPaths.Expand(parse.GetRequiredValue(files)))
            {
                checkedFiles++;
                var problems = SituationLoader.Validate(File.ReadAllText(path), path);
                foreach (var problem in problems)
                {
                    console.Error.WriteLine(problem.Message);
                }

                errors += problems.Count;
                if (problems.Count == 0)
                {
                    console.Output.WriteLine($"{path}: ok");
                }
            }

            console.Output.WriteLine($"{checkedFiles} file(s) checked, {errors} error(s)");
            return errors == 0 ? ExitCodes.Success : ExitCodes.InputError;
        });
        return command;
    }
}
