using System.Text;
using Brink.Games.Formats;
using Brink.Games.Profiles;
using Brink.Games.Solvers;
using Brink.Games.Verification;
using Brink.Web.Api;

namespace Brink.Web.Games;

/// <summary>
/// Gambit games: <c>POST /api/game</c> lays a game out for drawing; <c>POST /api/solve</c> runs a method from the
/// one solver registry (<see cref="SolverCatalog"/>) and answers with the CLI's <c>NE,</c> lines, each profile
/// checked by the independent evaluator first, exactly as <c>brink solve</c> does.
/// </summary>
internal static class GameEndpoints
{
    private const string RequestPath = "request";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/game", ReadAsync).AnswersJson().TakesBody(RequestBodies.GameText, "A Gambit .nfg or .efg text.").WithSummary("Reads a .nfg or .efg text and lays it out for drawing.");
        app.MapPost("/api/solve", SolveAsync).AnswersJson().TakesBody(RequestBodies.GameText, "A Gambit .nfg or .efg text.")
            .WithSummary("Solves a .nfg or .efg text. Query: method (enumpure|enummixed|lcp|lp|logit|simpdiv), decimals, spe, format=text for brink solve's exact output.");
    }

    private static async Task<IResult> ReadAsync(HttpRequest request, WorkbenchOptions options) =>
        ApiResults.Json(GameView.Of(GameFile.Parse(await RequestText.ReadAsync(request, options.MaxRequestBytes), RequestPath)), WebJsonContext.Default.GameView);

    private static async Task<IResult> SolveAsync(HttpRequest request, WorkbenchOptions options, string? method, int? decimals, bool? spe, string? format)
    {
        string name = method ?? "enumpure";
        if (!SolverCatalog.Methods.Contains(name))
        {
            throw ApiProblem.BadRequest($"unknown method '{name}'; expected one of {string.Join(", ", SolverCatalog.Methods)}");
        }

        if (decimals is < 0 or > 30)
        {
            throw ApiProblem.BadRequest("decimals takes a whole number from 0 to 30");
        }

        var game = GameFile.Parse(await RequestText.ReadAsync(request, options.MaxRequestBytes), RequestPath);
        var result = SolverCatalog.Solve(game, new SolveRequest(name, spe ?? false, null));
        if (EquilibriumVerifier.VerifyAll(game, result).FirstOrDefault(v => !v.IsEquilibrium) is { } failed)
        {
            throw new ApiProblem(StatusCodes.Status500InternalServerError, new ApiError($"{failed.Describe(name)}; nothing returned"));
        }

        var lines = result.Equilibria.Select(p => GambitOutput.FormatLine(p, decimals)).ToList();
        if (format == "text")
        {
            return Results.Text(string.Concat(lines.Select(l => l + "\n")), "text/plain", Encoding.UTF8);
        }

        var equilibria = result.Equilibria.Zip(lines, (p, line) => new EquilibriumView(
            line, p.Kind.ToString().ToLowerInvariant(), [.. p.Values.Select(v => (IReadOnlyList<double>)v)])).ToList();
        return ApiResults.Json(new SolveAnswer(name, lines, equilibria, GameView.Of(game)), WebJsonContext.Default.SolveAnswer);
    }
}
