using System.Collections.Immutable;
using Brink.Games.ExtensiveForm;
using Brink.Games.Numerics;

namespace Brink.Games.Formats;

/// <summary>One node line of an .efg file, read and checked, waiting for its children.</summary>
internal sealed record EfgNode(
    Token At,
    NodeKind Kind,
    string Label,
    int Player,
    int InformationSetNumber,
    string InformationSetLabel,
    ImmutableArray<string> Actions,
    ImmutableArray<Rational> Probabilities,
    OutcomeSpec? Outcome)
{
    public int Arity => Kind == NodeKind.Terminal ? 0 : Actions.Length;

    public NodeSpec Build(IEnumerable<NodeSpec> children) =>
        new(Kind, Label, Player, InformationSetNumber, InformationSetLabel, Actions, Probabilities, [.. children], Outcome);
}
