using System.CommandLine;
using System.Globalization;
using Brink.Cli.Infrastructure;
using Brink.Games.ExtensiveForm;
using Brink.Games.Formats;
using Brink.Games.NormalForm;
using Brink.Games.Solvers;

namespace Brink.Cli.Commands.Games;

/// <summary><c>brink game info GAME</c>: players, strategies, nodes and information sets, and which solve methods apply.</summary>
internal static class GameInfoCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("GAME") { Description = "A Gambit .nfg or .efg file." };
        var command = new Command("info", "Describe a game: players, strategies, nodes, information sets.") { file };
        CommandRunner.SetAction(command, console, parse =>
        {
            var game = GameFile.Load(InputFiles.RequireFile(parse.GetRequiredValue(file)));
            foreach (var line in Describe(game))
            {
                console.Output.WriteLine(line);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The description as lines (also used by golden tests).</summary>
    public static IEnumerable<string> Describe(LoadedGame game) =>
        (game.NormalForm is { } normal ? DescribeNormal(normal) : DescribeExtensive(game.ExtensiveForm!)).Concat(DescribeMethods(game));

    private static IEnumerable<string> DescribeMethods(LoadedGame game)
    {
        yield return "methods (brink solve --method M):";
        foreach (var row in SolverCatalog.Applicability(game))
        {
            yield return $"  {row.Method,-10}{(row.Applies ? "yes" : "no "),-5}{row.Reason}";
        }
    }

    private static IEnumerable<string> DescribeNormal(NormalFormGame game)
    {
        yield return $"title: {game.Title}";
        yield return "form: normal (strategic)";
        yield return Invariant($"players: {game.PlayerCount}");
        for (int p = 0; p < game.PlayerCount; p++)
        {
            yield return Invariant($"  {p + 1}. {game.Players[p]}: {game.StrategyCount(p)} strategies ({string.Join(", ", game.Strategies[p])})");
        }

        yield return Invariant($"profiles: {game.ProfileCount}");
        yield return $"constant-sum: {(game.IsConstantSum() ? "yes" : "no")}";
    }

    private static IEnumerable<string> DescribeExtensive(ExtensiveFormGame game)
    {
        yield return $"title: {game.Title}";
        yield return "form: extensive (tree)";
        yield return Invariant($"players: {game.PlayerCount}");
        for (int p = 1; p <= game.PlayerCount; p++)
        {
            var sets = game.PlayerInformationSets[p];
            int actions = sets.Sum(s => game.InformationSets[s].ActionCount);
            yield return Invariant($"  {p}. {game.Players[p - 1]}: {sets.Length} information sets, {actions} actions");
        }

        int decisions = game.Nodes.Count(n => n.Kind == NodeKind.Decision);
        int chance = game.Nodes.Count(n => n.Kind == NodeKind.Chance);
        int terminals = game.Nodes.Count(n => n.Kind == NodeKind.Terminal);
        yield return Invariant($"nodes: {game.Nodes.Length} ({decisions} decision, {chance} chance, {terminals} terminal)");
        yield return Invariant($"information sets: {game.InformationSets.Length - game.PlayerInformationSets[0].Length} (+{game.PlayerInformationSets[0].Length} chance)");
        yield return Invariant($"outcomes: {game.Outcomes.Length}");
        yield return $"perfect information: {(game.IsPerfectInformation ? "yes" : "no")}";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
