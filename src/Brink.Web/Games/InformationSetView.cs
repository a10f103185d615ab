namespace Brink.Web.Games;

/// <summary>An information set of a drawn tree: player 0 is chance, whose probabilities are given exactly and as decimals.</summary>
internal sealed record InformationSetView(int Index, int Player, string Label, IReadOnlyList<string> Actions, IReadOnlyList<string> Probabilities, IReadOnlyList<double> ProbabilityValues, IReadOnlyList<int> Members, int Segment);
