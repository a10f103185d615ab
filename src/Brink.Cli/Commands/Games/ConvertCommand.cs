using System.CommandLine;
using Brink.Cli.Infrastructure;
using Brink.Games.Formats;

namespace Brink.Cli.Commands.Games;

/// <summary>
/// <c>brink convert GAME --to nfg|efg [--out FILE]</c>: rewrites a game in Gambit's format; an extensive game
/// converted to nfg becomes its reduced normal form, as Gambit's <c>gambit-convert</c> orders it.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("GAME") { Description = "A Gambit .nfg or .efg file." };
        var target = new Option<string>("--to") { Description = "nfg or efg.", Required = true };
        target.AcceptOnlyFromAmong("nfg", "efg");
        var output = new Option<string?>("--out", "-o") { Description = "Write here (atomically) instead of standard output." };
        var command = new Command("convert", "Rewrite a game as .nfg (reduced normal form for trees) or .efg.") { file, target, output };
        CommandRunner.SetAction(command, console, parse =>
        {
            var game = GameFile.Load(InputFiles.RequireFile(parse.GetRequiredValue(file)));
            string text = parse.GetRequiredValue(target) switch
            {
                "nfg" when game.NormalForm is { } normal => NfgFormat.Write(normal),
                "nfg" => NfgFormat.Write(GameConversions.ToNormalForm(game.ExtensiveForm!)),
                _ when game.ExtensiveForm is { } tree => EfgFormat.Write(tree),
                _ => throw new UsageException("a normal-form game has no tree to write as .efg; convert trees to nfg, not back"),
            };
            if (parse.GetValue(output) is { } path)
            {
                AtomicFile.WriteAllText(path, text);
            }
            else
            {
                console.Output.Write(text);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
