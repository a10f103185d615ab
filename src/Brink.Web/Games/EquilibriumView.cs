namespace Brink.Web.Games;

/// <summary>One verified equilibrium: Gambit's <c>NE,</c> line and its probabilities by segment (player or information set).</summary>
internal sealed record EquilibriumView(string Line, string Kind, IReadOnlyList<IReadOnlyList<double>> Values);
