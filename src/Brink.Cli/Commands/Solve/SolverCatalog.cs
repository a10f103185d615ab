using Brink.Games.Formats;
using Brink.Games.Solvers;

namespace Brink.Cli.Commands.Solve;

/// <summary>The solve methods, named after the Gambit tools whose answers they reproduce.</summary>
internal static class SolverCatalog
{
    public static readonly string[] Methods = ["enumpure", "enummixed", "lcp", "lp", "logit"];

    /// <summary>Runs <paramref name="method"/> on <paramref name="game"/>; a method that does not apply throws <see cref="NotSupportedException"/>.</summary>
    public static SolverResult Solve(LoadedGame game, string method, bool subgamePerfect) => method switch
    {
        _ => throw new NotSupportedException($"method '{method}' is not available yet"),
    };
}
