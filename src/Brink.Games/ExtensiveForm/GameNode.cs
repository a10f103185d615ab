using System.Collections.Immutable;

namespace Brink.Games.ExtensiveForm;

/// <summary>
/// One node of a game tree, addressed by its index in <see cref="ExtensiveFormGame.Nodes"/> (preorder,
/// the root at 0, children in action order).
/// </summary>
/// <param name="Index">Position in the preorder.</param>
/// <param name="Label">The node's label (often empty).</param>
/// <param name="Kind">Decision, chance or terminal.</param>
/// <param name="InformationSet">Index into <see cref="ExtensiveFormGame.InformationSets"/>, or −1 at a terminal node.</param>
/// <param name="Children">Child node indices, one per action of the information set.</param>
/// <param name="Parent">Parent index, −1 at the root.</param>
/// <param name="ParentAction">Which action of the parent leads here, −1 at the root.</param>
/// <param name="Outcome">Index into <see cref="ExtensiveFormGame.Outcomes"/>, or −1. Outcomes may sit on any node;
/// a play's payoff is the sum of the outcomes along its path, as in Gambit.</param>
public sealed record GameNode(
    int Index,
    string Label,
    NodeKind Kind,
    int InformationSet,
    ImmutableArray<int> Children,
    int Parent,
    int ParentAction,
    int Outcome);
