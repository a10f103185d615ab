namespace Brink.Web.Games;

/// <summary>The body of <c>POST /api/game/payoff</c>: a game text and one payoff to change.</summary>
/// <param name="Game">The .nfg or .efg text.</param>
/// <param name="Node">For a tree: the leaf's node index (<c>/api/game</c>'s node numbering).</param>
/// <param name="Cell">For a table: the cell's index in <c>/api/game</c>'s cells list.</param>
/// <param name="Player">0-based player.</param>
/// <param name="Value">The new payoff: an integer, <c>p/q</c> or a decimal (read exactly, as Gambit reads them).</param>
internal sealed record PayoffEditRequest(string? Game, int? Node, int? Cell, int? Player, string? Value);
