namespace Brink.Games.Solvers;

/// <summary>Whether a solve method applies to a game, and why not when it does not.</summary>
/// <param name="Method">The method name (<see cref="SolverCatalog.Methods"/>).</param>
/// <param name="Applies">True when the method accepts the game's kind (it may still refuse one too large).</param>
/// <param name="Reason">What the method needs that the game lacks; what it will do otherwise.</param>
public sealed record MethodApplicability(string Method, bool Applies, string Reason);
