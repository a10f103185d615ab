using System.CommandLine;
using Brink.Cli.Infrastructure;
using Brink.Games.Formats;
using Brink.Games.Solvers;

namespace Brink.Cli.Commands.Solve;

/// <summary><c>brink solve GAME --method M</c>: one <c>NE,...</c> line per equilibrium, in Gambit's format.</summary>
internal static class SolveCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("GAME") { Description = "A Gambit .nfg or .efg file." };
        var method = new Option<string>("--method", "-m")
        {
            Description = "enumpure | enummixed | lcp | lp | logit (Gambit's tools of the same names).",
            DefaultValueFactory = _ => "enumpure",
        };
        method.AcceptOnlyFromAmong(SolverCatalog.Methods);
        var decimals = new Option<int?>("--decimals", "-d") { Description = "Print probabilities as decimals with D places instead of exact rationals / 6 significant digits." };
        var spe = new Option<bool>("--spe") { Description = "With enumpure: subgame-perfect equilibria by backward induction (perfect-information trees)." };
        var command = new Command("solve", "Compute equilibria of a game; output matches Gambit's command-line tools.") { file, method, decimals, spe };
        CommandRunner.SetAction(command, console, parse =>
        {
            int? places = parse.GetValue(decimals);
            if (places is < 0 or > 30)
            {
                throw new UsageException("--decimals takes a whole number from 0 to 30");
            }

            var game = GameFile.Load(InputFiles.RequireFile(parse.GetRequiredValue(file)));
            var result = SolverCatalog.Solve(game, parse.GetRequiredValue(method), parse.GetValue(spe));
            foreach (var profile in result.Equilibria)
            {
                console.Output.WriteLine(GambitOutput.FormatLine(profile, places));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
