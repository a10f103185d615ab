using Brink.Games.Formats;
using Brink.Games.Solvers;
using Brink.Games.Solvers.CounterfactualRegret;

namespace Brink.Cli.Commands.Solve;

/// <summary>The solve methods, named after the Gambit tools whose answers they reproduce.</summary>
internal static class SolverCatalog
{
    public static readonly string[] Methods = ["enumpure", "enummixed", "lcp", "lp", "logit", "simpdiv", "liap", "enumpoly", "cfr"];

    /// <summary>
    /// The decimals a method prints by default: Gambit's liap, enumpoly, gnm and ipa print six fixed decimals
    /// (<c>0.500000</c>); the others print rationals or six significant digits.
    /// </summary>
    public static int? DefaultDecimals(string method) => method is "liap" or "enumpoly" or "gnm" or "ipa" ? 6 : null;

    /// <summary>
    /// Runs <paramref name="method"/> on <paramref name="game"/>; a method that does not apply to the game throws
    /// <see cref="NotSupportedException"/> (exit code 2).
    /// </summary>
    public static SolverResult Solve(LoadedGame game, SolveRequest request)
    {
        string method = request.Method;
        bool subgamePerfect = request.SubgamePerfect;
        if (request.Start is not null && method is not ("simpdiv" or "liap"))
        {
            throw new NotSupportedException("--start goes with --method simpdiv or liap");
        }

        if (subgamePerfect && method != "enumpure")
        {
            throw new NotSupportedException("--spe goes with --method enumpure");
        }

        if (method == "cfr")
        {
            var tree = game.ExtensiveForm ?? throw new SolverNotApplicableException("cfr needs an extensive-form game (.efg)");
            var options = request.Cfr ?? new CfrOptions();
            return request.TracePath is { } trace ? CfrTrace.Solve(tree, options, trace) : Cfr.Solve(tree, options);
        }

        if (subgamePerfect)
        {
            return game.ExtensiveForm is { } perfect
                ? EnumPure.SolveSubgamePerfect(perfect)
                : throw new NotSupportedException("--spe needs an extensive-form game (.efg)");
        }

        return (method, game.NormalForm, game.ExtensiveForm) switch
        {
            ("enumpure", { } normal, _) => EnumPure.Solve(normal),
            ("enumpure", _, { } tree) => EnumPure.Solve(tree),
            ("enummixed", { } normal, _) => EnumMixed.Solve(normal),
            ("enummixed", _, { } tree) => EnumMixed.Solve(tree),
            ("logit", { } normal, _) => Logit.Solve(normal),
            ("logit", _, { } tree) => Logit.Solve(tree),
            ("lcp", { } normal, _) => Lcp.Solve(normal),
            ("lcp", _, { } tree) => Lcp.Solve(tree),
            ("lp", { } normal, _) => Lp.Solve(normal),
            ("lp", _, { } tree) => Lp.Solve(tree),
            ("simpdiv", { } normal, _) => Simpdiv.Solve(normal, request.Start),
            ("simpdiv", _, { } tree) => Simpdiv.Solve(tree, request.Start),
            ("liap", { } normal, _) => Liap.Solve(normal, request.Start),
            ("liap", _, { } tree) => Liap.Solve(tree, request.Start),
            ("enumpoly", { } normal, _) => EnumPoly.Solve(normal),
            ("enumpoly", _, { } tree) => EnumPoly.Solve(tree),
            _ => throw new NotSupportedException($"method '{method}' is not available yet"),
        };
    }
}
