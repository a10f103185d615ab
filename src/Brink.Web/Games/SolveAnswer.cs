namespace Brink.Web.Games;

/// <summary>The answer of <c>POST /api/solve</c>: <c>brink solve</c>'s lines, each verified equilibrium, and the game's layout.</summary>
/// <param name="Method">The method run.</param>
/// <param name="Lines">The <c>NE,</c> lines as <c>brink solve</c> prints them.</param>
/// <param name="Equilibria">The same equilibria with their probabilities.</param>
/// <param name="Game">The game laid out for drawing.</param>
internal sealed record SolveAnswer(string Method, IReadOnlyList<string> Lines, IReadOnlyList<EquilibriumView> Equilibria, GameView Game);
