using System.CommandLine;
using Brink.Cli.Commands;
using Brink.Cli.Infrastructure;

namespace Brink.Cli;

/// <summary>The command tree. Commands parse input, call the layers below and render; they hold no model logic.</summary>
internal static class BrinkApp
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Brink: strategic calculus under crisis — game solvers, crisis prediction, simulation and policy analysis.");
        foreach (var command in CommandCatalog.For(args, console))
        {
            root.Add(command);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"error: {error.Message}");
            }

            console.Error.WriteLine("Run 'brink --help' for usage.");
            return ExitCodes.InputError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = console.Output, Error = console.Error });
    }
}
