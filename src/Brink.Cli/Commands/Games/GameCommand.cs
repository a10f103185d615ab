using System.CommandLine;
using Brink.Cli.Infrastructure;

namespace Brink.Cli.Commands.Games;

/// <summary><c>brink game ...</c>: commands about one game file.</summary>
internal static class GameCommand
{
    public static Command Create(CliConsole console) =>
        new("game", "Inspect a Gambit game file.") { GameInfoCommand.Create(console) };
}
