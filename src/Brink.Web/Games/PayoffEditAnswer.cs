namespace Brink.Web.Games;

/// <summary>The answer of <c>POST /api/game/payoff</c>: the new game text and its layout.</summary>
/// <param name="Text">The game written back by Gambit's writers.</param>
/// <param name="Game">The new game laid out for drawing.</param>
internal sealed record PayoffEditAnswer(string Text, GameView Game);
