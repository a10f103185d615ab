using System.CommandLine;
using Brink.Cli.Infrastructure;

namespace Brink.Cli.Commands.Demo;

/// <summary><c>brink demo</c>: the main job on the bundled default data.</summary>
internal static class DemoCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("demo", "Run Brink on the bundled data: predict a 2025 situation and simulate how it may unfold.");
        CommandRunner.SetAction(command, console, _ =>
        {
            console.Output.WriteLine("Brink demo: work in progress.");
            return ExitCodes.Success;
        });
        return command;
    }
}
