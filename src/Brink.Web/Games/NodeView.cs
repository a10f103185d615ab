namespace Brink.Web.Games;

/// <summary>One node of a drawn tree; <see cref="Payoffs"/> only at leaves (the sum of outcomes along the path, as Gambit adds them).</summary>
internal sealed record NodeView(int Index, string Label, string Kind, int InformationSet, IReadOnlyList<int> Children, int Parent, int ParentAction, IReadOnlyList<double>? Payoffs);
