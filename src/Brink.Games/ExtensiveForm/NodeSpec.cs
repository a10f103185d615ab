using System.Collections.Immutable;
using Brink.Games.Numerics;

namespace Brink.Games.ExtensiveForm;

/// <summary>
/// A game tree as written by hand, by a file reader or by the model's compiler, before it is validated and
/// indexed into an <see cref="ExtensiveFormGame"/>. Nodes that share (player, information-set number) share
/// an information set; chance nodes are player 0.
/// </summary>
/// <param name="Kind">Decision, chance or terminal.</param>
/// <param name="Label">Node label.</param>
/// <param name="Player">1-based player for decisions, 0 for chance, ignored at terminals.</param>
/// <param name="InformationSetNumber">The set's number within its player; for chance nodes 0 means "a set of its own".</param>
/// <param name="InformationSetLabel">The set's label.</param>
/// <param name="Actions">Action labels; may be empty on a later member of an already described set.</param>
/// <param name="Probabilities">Chance probabilities, one per action (chance nodes only).</param>
/// <param name="Children">One subtree per action.</param>
/// <param name="Outcome">The outcome attached to this node, if any.</param>
public sealed record NodeSpec(
    NodeKind Kind,
    string Label,
    int Player,
    int InformationSetNumber,
    string InformationSetLabel,
    ImmutableArray<string> Actions,
    ImmutableArray<Rational> Probabilities,
    ImmutableArray<NodeSpec> Children,
    OutcomeSpec? Outcome)
{
    /// <summary>A terminal node paying <paramref name="payoffs"/>.</summary>
    public static NodeSpec Terminal(params Rational[] payoffs) =>
        new(NodeKind.Terminal, string.Empty, 0, 0, string.Empty, [], [], [], new OutcomeSpec(0, string.Empty, [.. payoffs]));

    /// <summary>A terminal node with an outcome given by number, label and payoffs.</summary>
    public static NodeSpec Terminal(OutcomeSpec outcome) =>
        new(NodeKind.Terminal, string.Empty, 0, 0, string.Empty, [], [], [], outcome);

    /// <summary>A decision of <paramref name="player"/> (1-based) at information set <paramref name="informationSet"/>.</summary>
    public static NodeSpec Decision(int player, int informationSet, IEnumerable<string> actions, params NodeSpec[] children) =>
        new(NodeKind.Decision, string.Empty, player, informationSet, string.Empty, [.. actions], [], [.. children], null);

    /// <summary>A chance node with its own information set.</summary>
    public static NodeSpec Chance(IEnumerable<string> actions, IEnumerable<Rational> probabilities, params NodeSpec[] children) =>
        new(NodeKind.Chance, string.Empty, 0, 0, string.Empty, [.. actions], [.. probabilities], [.. children], null);
}

/// <summary>An outcome as written: number 0 means "anonymous, one of its own".</summary>
/// <param name="Number">Outcome number; nodes with the same non-zero number share the outcome.</param>
/// <param name="Label">Outcome label.</param>
/// <param name="Payoffs">Payoffs, or empty when the number refers to an outcome already described.</param>
public sealed record OutcomeSpec(int Number, string Label, ImmutableArray<Rational> Payoffs);
