using System.Collections.Immutable;
using Brink.Games.Numerics;

namespace Brink.Games.ExtensiveForm;

/// <summary>
/// The nodes a player cannot tell apart; chance nodes each form one too (player 0).
/// </summary>
/// <param name="Index">Position in <see cref="ExtensiveFormGame.InformationSets"/> (order of first appearance in the file).</param>
/// <param name="Player">0 for chance, else the 1-based player number.</param>
/// <param name="Number">The set's number within its player, as written in the file.</param>
/// <param name="Label">The set's label.</param>
/// <param name="Actions">Action labels.</param>
/// <param name="Probabilities">For chance sets, one exact probability per action (summing to 1); empty otherwise.</param>
/// <param name="Members">Node indices in the set, in preorder.</param>
public sealed record InformationSet(
    int Index,
    int Player,
    int Number,
    string Label,
    ImmutableArray<string> Actions,
    ImmutableArray<Rational> Probabilities,
    ImmutableArray<int> Members)
{
    /// <summary>Whether this is nature's move.</summary>
    public bool IsChance => Player == 0;

    /// <summary>Number of actions.</summary>
    public int ActionCount => Actions.Length;
}
