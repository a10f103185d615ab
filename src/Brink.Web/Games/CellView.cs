namespace Brink.Web.Games;

/// <summary>One cell of a normal form: each player's strategy index, and each player's payoff.</summary>
internal sealed record CellView(IReadOnlyList<int> Strategies, IReadOnlyList<double> Payoffs);
