using Brink.Games.Formats;
using Brink.Games.Numerics;
using Brink.Web.Api;

namespace Brink.Web.Games;

/// <summary>
/// <c>POST /api/game/payoff</c>: one payoff changed in place. The answer is the new game text (written by the same
/// Gambit writers <c>brink</c> uses) and its layout; the page puts the text back in its editor and solves it again.
/// </summary>
internal static class PayoffEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/game/payoff", EditAsync).AnswersJson()
            .TakesBody(RequestBodies.Json, "{game: .nfg/.efg text, node (a tree's leaf) or cell (a table's cell index), player (0-based), value (\"3\", \"-1/2\", \"0.25\")}.")
            .WithSummary("Changes one payoff of a game (a tree leaf or a table cell) and answers the new game text and its layout.");

    private static async Task<IResult> EditAsync(HttpRequest request, WorkbenchOptions options)
    {
        var body = await RequestText.ReadJsonAsync(request, options.MaxRequestBytes, WebJsonContext.Default.PayoffEditRequest);
        var game = GameFile.Parse(body.Game ?? throw ApiProblem.BadRequest("expected a 'game' field holding .nfg or .efg text"), "request");
        int player = body.Player ?? throw ApiProblem.BadRequest("expected 'player', the 0-based player whose payoff changes");
        int players = game.ExtensiveForm?.PlayerCount ?? game.NormalForm!.PlayerCount;
        if (player < 0 || player >= players)
        {
            throw ApiProblem.BadRequest($"player must be from 0 to {players - 1}");
        }

        if (!Rational.TryParse(body.Value ?? string.Empty, out var value))
        {
            throw ApiProblem.BadRequest($"expected a number such as 3, -1/2 or 0.25, found '{body.Value}'");
        }

        string text;
        if (game.ExtensiveForm is { } tree)
        {
            int node = body.Node ?? throw ApiProblem.BadRequest("expected 'node', the index of a leaf of the tree");
            if (node < 0 || node >= tree.Nodes.Length || tree.Nodes[node].Kind != Brink.Games.ExtensiveForm.NodeKind.Terminal)
            {
                throw ApiProblem.BadRequest($"node {node} is not a leaf of the tree");
            }

            text = EfgFormat.Write(tree.WithLeafPayoff(node, player, value));
        }
        else
        {
            var table = game.NormalForm!;
            int cell = body.Cell ?? throw ApiProblem.BadRequest("expected 'cell', the index of a cell of the table");
            if (cell < 0 || cell >= table.ProfileCount)
            {
                throw ApiProblem.BadRequest($"cell must be from 0 to {table.ProfileCount - 1}");
            }

            text = NfgFormat.Write(table.WithPayoff(cell, player, value));
        }

        return ApiResults.Json(new PayoffEditAnswer(text, GameView.Of(GameFile.Parse(text, "request"))), WebJsonContext.Default.PayoffEditAnswer);
    }
}
