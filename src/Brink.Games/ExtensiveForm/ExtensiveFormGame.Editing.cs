using System.Collections.Immutable;
using Brink.Games.Numerics;

namespace Brink.Games.ExtensiveForm;

/// <summary>Variations of a tree: the same game with one leaf's payoff changed (the workbench's in-place edit).</summary>
public sealed partial class ExtensiveFormGame
{
    /// <summary>
    /// This game with <paramref name="player"/>'s payoff at terminal <paramref name="node"/> set to
    /// <paramref name="value"/>. A leaf's payoff is the sum of the outcomes on its path and an outcome may be shared
    /// with other leaves, so the leaf gets an outcome of its own carrying the difference: no other leaf changes.
    /// </summary>
    public ExtensiveFormGame WithLeafPayoff(int node, int player, Rational value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(node);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(node, Nodes.Length);
        ArgumentOutOfRangeException.ThrowIfNegative(player);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(player, Players.Length);
        if (Nodes[node].Kind != NodeKind.Terminal)
        {
            throw new ArgumentException($"Node {node} is not a leaf.", nameof(node));
        }

        var change = value - PathPayoffs(node)[player];
        int fresh = Outcomes.IsEmpty ? 1 : Outcomes.Max(o => o.Number) + 1;
        var described = new HashSet<int>();
        OutcomeSpec? OutcomeOf(GameNode at)
        {
            if (at.Index == node)
            {
                var own = at.Outcome >= 0 ? Outcomes[at.Outcome].Payoffs : [.. Enumerable.Repeat(Rational.Zero, Players.Length)];
                return new OutcomeSpec(fresh, at.Outcome >= 0 ? Outcomes[at.Outcome].Label : string.Empty, own.SetItem(player, own[player] + change));
            }

            if (at.Outcome < 0)
            {
                return null;
            }

            // A numbered outcome is described once, at its first node in preorder, as the file readers expect.
            var outcome = Outcomes[at.Outcome];
            return outcome.Number == 0 || described.Add(outcome.Number)
                ? new OutcomeSpec(outcome.Number, outcome.Label, outcome.Payoffs)
                : new OutcomeSpec(outcome.Number, outcome.Label, []);
        }

        NodeSpec Build(int index)
        {
            var at = Nodes[index];
            var outcome = OutcomeOf(at);
            if (at.Kind == NodeKind.Terminal)
            {
                return new NodeSpec(NodeKind.Terminal, at.Label, 0, 0, string.Empty, [], [], [], outcome);
            }

            var set = InformationSets[at.InformationSet];
            return new NodeSpec(at.Kind, at.Label, set.Player, set.Number, set.Label, set.Actions, set.Probabilities, [.. at.Children.Select(Build)], outcome);
        }

        return Create(Title, Comment, Players, Build(0));
    }
}
