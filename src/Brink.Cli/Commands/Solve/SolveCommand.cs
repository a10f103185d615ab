using System.CommandLine;
using Brink.Cli.Infrastructure;
using Brink.Games.Formats;
using Brink.Games.Profiles;
using Brink.Games.Solvers;
using Brink.Games.Solvers.CounterfactualRegret;
using Brink.Games.Verification;

namespace Brink.Cli.Commands.Solve;

/// <summary>
/// <c>brink solve GAME --method M</c>: one <c>NE,...</c> line per equilibrium, in Gambit's format. Every profile is
/// checked by <see cref="EquilibriumVerifier"/> before anything is printed; if one fails, nothing goes to the
/// output, one line naming the method, player and regret goes to stderr, and the exit code is 1. cfr's answers are
/// ε-equilibria: they are checked against the ε they state, and that ε (exploitability, re-measured by the
/// verifier's evaluator) goes to stderr so that stdout stays Gambit's <c>NE,</c> lines.
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
            Description = "enumpure | enummixed | lcp | lp | logit | simpdiv | liap | enumpoly | gnm | ipa (Gambit's tools of the same names) | cfr (counterfactual regret minimisation, two-player constant-sum trees).",
            DefaultValueFactory = _ => "enumpure",
        };
        method.AcceptOnlyFromAmong([.. SolverCatalog.Methods]);
        var decimals = new Option<int?>("--decimals", "-d") { Description = "Print probabilities as decimals with D places instead of exact rationals / 6 significant digits." };
        var spe = new Option<bool>("--spe") { Description = "With enumpure: subgame-perfect equilibria by backward induction (perfect-information trees)." };
        var start = new Option<string?>("--start", "-s") { Description = "With simpdiv or liap: a file holding the start profile, one comma-separated line over all players' strategies (Gambit's -s)." };
        var perturbation = new Option<string?>("--perturbation", "-p") { Description = "With gnm or ipa: a file of perturbation vectors, one comma-separated line over all players' strategies each (Gambit's -s); each line is a run." };
        var cfr = new CfrArguments();
        var command = new Command("solve", "Compute equilibria of a game; output matches Gambit's command-line tools.") { file, method, decimals, spe, start, perturbation };
        cfr.AddTo(command);
        CommandRunner.SetAction(command, console, parse =>
        {
            int? places = parse.GetValue(decimals);
            if (places is < 0 or > 30)
            {
                throw new UsageException("--decimals takes a whole number from 0 to 30");
            }

            var game = GameFile.Load(InputFiles.RequireFile(parse.GetRequiredValue(file)));
            string name = parse.GetRequiredValue(method);
            places ??= SolverCatalog.DefaultDecimals(name);
            IReadOnlyList<double>? startVector = null;
            if (parse.GetValue(start) is { } startFile)
            {
                var (values, line, end) = StartFile.ReadVectors(InputFiles.RequireFile(startFile), firstOnly: true)[0];
                StartFile.RequireLength(startFile, line, end, values.Count, StrategyCount(game), "strategy");
                startVector = values;
            }

            IReadOnlyList<IReadOnlyList<double>>? perturbations = null;
            if (parse.GetValue(perturbation) is { } perturbationFile)
            {
                var vectors = StartFile.ReadVectors(InputFiles.RequireFile(perturbationFile));
                foreach (var (values, line, end) in vectors)
                {
                    StartFile.RequireLength(perturbationFile, line, end, values.Count, StrategyCount(game), "strategy");
                }

                perturbations = [.. vectors.Select(v => v.Values)];
            }

            var (request, tracePath) = cfr.Apply(parse, new SolveRequest(name, parse.GetValue(spe), startVector) { Perturbations = perturbations });
            // The trace writes a file as it runs, which the solver registry in Brink.Games may not do.
            var result = tracePath is not null && game.ExtensiveForm is { } traced
                ? CfrTrace.Solve(traced, request.Cfr!, tracePath)
                : solve(game, request);
            if (EquilibriumVerifier.VerifyAll(game, result, result.Tolerance ?? EquilibriumVerifier.DefaultTolerance).FirstOrDefault(v => !v.IsEquilibrium) is { } failed)
            {
                console.Error.WriteLine($"error: {failed.Describe(name)}; nothing printed");
                return ExitCodes.Failure;
            }

            foreach (var profile in result.Equilibria)
            {
                console.Output.WriteLine(GambitOutput.FormatLine(profile, places));
            }

            if (name == Cfr.MethodName && game.ExtensiveForm is { } tree)
            {
                console.Error.WriteLine(CfrArguments.Summary(tree, result));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // Strategies a start vector covers: the table's, or the reduced normal form's for a tree (Gambit's -s files).
    private static int StrategyCount(LoadedGame game) => game.NormalForm is { } normal
        ? normal.StrategyCounts.Sum()
        : Brink.Games.ExtensiveForm.ReducedNormalForm.Create(game.ExtensiveForm!).Strategies.Sum(s => s.Length);
}
