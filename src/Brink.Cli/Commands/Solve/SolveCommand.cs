using System.CommandLine;
using Brink.Cli.Infrastructure;
using Brink.Games.Formats;
using Brink.Games.Solvers;
using Brink.Games.Verification;

namespace Brink.Cli.Commands.Solve;

/// <summary>
/// <c>brink solve GAME --method M</c>: one <c>NE,...</c> line per equilibrium, in Gambit's format. Every profile is
/// checked by <see cref="EquilibriumVerifier"/> before anything is printed; if one fails, nothing goes to the
/// output, one line naming the method, player and regret goes to stderr, and the exit code is 1.
/// </summary>
internal static class SolveCommand
{
    public static Command Create(CliConsole console) => Create(console, SolverCatalog.Solve);

    /// <summary>The command with another solver behind it: the seam the tests use to hand it a wrong profile.</summary>
    internal static Command Create(CliConsole console, Func<LoadedGame, SolveRequest, SolverResult> solve)
    {
        var file = new Argument<string>("GAME") { Description = "A Gambit .nfg or .efg file." };
        var method = new Option<string>("--method", "-m")
        {
            Description = "enumpure | enummixed | lcp | lp | logit | simpdiv (Gambit's tools of the same names).",
            DefaultValueFactory = _ => "enumpure",
        };
        method.AcceptOnlyFromAmong([.. SolverCatalog.Methods]);
        var decimals = new Option<int?>("--decimals", "-d") { Description = "Print probabilities as decimals with D places instead of exact rationals / 6 significant digits." };
        var spe = new Option<bool>("--spe") { Description = "With enumpure: subgame-perfect equilibria by backward induction (perfect-information trees)." };
        var start = new Option<string?>("--start", "-s") { Description = "With simpdiv: a file holding the start profile, one comma-separated line over all players' strategies (Gambit's -s)." };
        var command = new Command("solve", "Compute equilibria of a game; output matches Gambit's command-line tools.") { file, method, decimals, spe, start };
        CommandRunner.SetAction(command, console, parse =>
        {
            int? places = parse.GetValue(decimals);
            if (places is < 0 or > 30)
            {
                throw new UsageException("--decimals takes a whole number from 0 to 30");
            }

            var game = GameFile.Load(InputFiles.RequireFile(parse.GetRequiredValue(file)));
            string name = parse.GetRequiredValue(method);
            var startVector = parse.GetValue(start) is { } startFile ? StartFile.Read(InputFiles.RequireFile(startFile)) : null;
            var result = solve(game, new SolveRequest(name, parse.GetValue(spe), startVector));
            if (EquilibriumVerifier.VerifyAll(game, result).FirstOrDefault(v => !v.IsEquilibrium) is { } failed)
            {
                console.Error.WriteLine($"error: {failed.Describe(name)}; nothing printed");
                return ExitCodes.Failure;
            }

            foreach (var profile in result.Equilibria)
            {
                console.Output.WriteLine(GambitOutput.FormatLine(profile, places));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
