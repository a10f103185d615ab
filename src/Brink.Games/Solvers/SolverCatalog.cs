using Brink.Games.Formats;
using Brink.Games.Profiles;
using Brink.Games.Solvers.CounterfactualRegret;
using Brink.Games.Solvers.Enumeration;
using Brink.Games.Solvers.Homotopy;
using Brink.Games.Solvers.Lemke;
using Brink.Games.Solvers.LinearProgramming;
using Brink.Games.Solvers.Lyapunov;
using Brink.Games.Solvers.Polynomial;
using Brink.Games.Solvers.QuantalResponse;
using Brink.Games.Solvers.SimplicialSubdivision;

namespace Brink.Games.Solvers;

/// <summary>
/// The one solver registry: the solve methods, named after the Gambit tools whose answers they reproduce. The CLI's
/// <c>brink solve</c> and the workbench's <c>/api/solve</c> both dispatch through it.
/// </summary>
public static class SolverCatalog
{
    /// <summary>The method names, in help order.</summary>
    public static readonly IReadOnlyList<string> Methods = ["enumpure", "enummixed", "lcp", "lp", "logit", "simpdiv", "liap", "enumpoly", "gnm", "ipa", "cfr"];

    /// <summary>
    /// The decimals a method prints by default: Gambit's liap, enumpoly, gnm and ipa print six fixed decimals
    /// (<c>0.500000</c>); the others print rationals or six significant digits.
    /// </summary>
    /// <param name="method">A method name.</param>
    /// <returns>Six for Gambit's fixed-decimal tools, else null.</returns>
    public static int? DefaultDecimals(string method) => method is "liap" or "enumpoly" or "gnm" or "ipa" ? 6 : null;

    /// <summary>
    /// Which methods apply to <paramref name="game"/> and why the others do not, read from the game's kind (players,
    /// constant sum, tree or table, perfect recall) without solving it.
    /// </summary>
    /// <param name="game">The game read from a Gambit file.</param>
    /// <returns>One row per method, in <see cref="Methods"/> order.</returns>
    public static IReadOnlyList<MethodApplicability> Applicability(LoadedGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        var tree = game.ExtensiveForm;
        int players = tree?.PlayerCount ?? game.NormalForm!.PlayerCount;
        bool twoPlayers = players == 2;
        bool constantSum = tree?.IsConstantSum() ?? game.NormalForm!.IsConstantSum();
        string? recall = tree is null ? null : ExtensiveForm.PerfectRecall.FindViolation(tree);
        string form = tree is null ? "on the table" : "on the reduced normal form";

        MethodApplicability Row(string method, bool applies, string ifApplies, string ifNot) =>
            new(method, applies, applies ? ifApplies : ifNot);

        string playersText = $"it has {players} players";
        return
        [
            Row("enumpure", true, "pure equilibria, any number of players", string.Empty),
            Row("enummixed", twoPlayers, "all extreme mixed equilibria (vertex enumeration)", $"needs two players; {playersText}"),
            Row("lcp", twoPlayers, tree is null ? "Lemke–Howson from every label" : "Lemke's algorithm on the sequence form", $"needs two players; {playersText}"),
            Row("lp", twoPlayers && constantSum, "the minimax solution by linear programming", twoPlayers ? "needs a constant-sum game" : $"needs two players; {playersText}"),
            Row("logit", recall is null, "traces the quantal-response path to an equilibrium", $"needs perfect recall: {recall}"),
            Row("simpdiv", true, "simplicial subdivision " + form, string.Empty),
            Row("liap", true, "minimises the Lyapunov function " + form + " (may stop at a local minimum)", string.Empty),
            Row("enumpoly", true, tree is not null && twoPlayers && recall is null
                ? "all isolated equilibria by enumerating the tree's behaviour supports (sequence form)"
                : "all isolated equilibria by support enumeration " + form + " (refused past 24 strategies for a player)", string.Empty),
            Row("gnm", true, "global Newton homotopy from a perturbation " + form + "; every equilibrium its path crosses", string.Empty),
            Row("ipa", true, "iterated polymatrix approximation from a perturbation " + form, string.Empty),
            Row("cfr", tree is not null && twoPlayers && constantSum && recall is null,
                "counterfactual regret minimisation to a stated exploitability",
                tree is null ? "needs a tree (.efg)"
                : !twoPlayers ? $"needs two players; {playersText}"
                : !constantSum ? "needs a constant-sum game"
                : $"needs perfect recall: {recall}"),
        ];
    }

    /// <summary>
    /// Runs the requested method on <paramref name="game"/>; a method that does not apply to the game throws
    /// <see cref="NotSupportedException"/> (the CLI's exit code 2, the API's 400).
    /// </summary>
    /// <param name="game">The game read from a Gambit file.</param>
    /// <param name="request">The method and its options.</param>
    /// <returns>The method's equilibria, not yet checked: callers verify them with the independent evaluator.</returns>
    public static SolverResult Solve(LoadedGame game, SolveRequest request)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(request);
        string method = request.Method;
        bool subgamePerfect = request.SubgamePerfect;
        if (request.Start is not null && method is not ("simpdiv" or "liap"))
        {
            throw new NotSupportedException("--start goes with --method simpdiv or liap");
        }

        if (request.Perturbations is not null && method is not ("gnm" or "ipa"))
        {
            throw new NotSupportedException("--perturbation goes with --method gnm or ipa");
        }

        if (subgamePerfect && method != "enumpure")
        {
            throw new NotSupportedException("--spe goes with --method enumpure");
        }

        if (method == "cfr")
        {
            var tree = game.ExtensiveForm ?? throw new SolverNotApplicableException("cfr needs an extensive-form game (.efg)");
            return Cfr.Solve(tree, request.Cfr ?? new CfrOptions());
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
            ("gnm", { } normal, _) => Gnm.Solve(normal, request.Perturbations),
            ("gnm", _, { } tree) => Gnm.Solve(tree, request.Perturbations),
            ("ipa", { } normal, _) => Ipa.Solve(normal, request.Perturbations),
            ("ipa", _, { } tree) => Ipa.Solve(tree, request.Perturbations),
            _ => throw new NotSupportedException($"method '{method}' is not available yet"),
        };
    }
}
