using System.Collections.Immutable;
using Brink.Games.ExtensiveForm;

namespace Brink.Games.Verification;

/// <summary>
/// A mixture over a tree's reduced strategies (what enummixed prints on a tree) turned into the behaviour
/// profile that is outcome-equivalent to it (Kuhn 1953): at each information set, the probability of each action
/// is the weight of the strategies that reach the set and take it, over the weight of those that reach it.
/// "Reach" is read off the tree, strategy by strategy, not from the reduced form's own bookkeeping.
/// </summary>
/// <typeparam name="T">Rational or double.</typeparam>
/// <typeparam name="TArithmetic">The operations on <typeparamref name="T"/>.</typeparam>
internal static class ReducedMixture<T, TArithmetic>
    where TArithmetic : IArithmetic<T>
{
    /// <summary>
    /// Behaviour segments (players in order, sets in order of first appearance); all zeros at a set no strategy
    /// with positive weight reaches. <paramref name="strategies"/>: per player, per strategy, the action at each
    /// of the player's sets (−1 where unspecified).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<T>> ToBehaviour(
        ExtensiveFormGame game, ImmutableArray<ImmutableArray<ImmutableArray<int>>> strategies, IReadOnlyList<IReadOnlyList<T>> mixture)
    {
        var segments = new List<IReadOnlyList<T>>();
        for (int p = 0; p < game.PlayerCount; p++)
        {
            var reach = OwnReach(game, p, strategies[p], mixture[p]);
            foreach (int s in game.PlayerInformationSets[p + 1])
            {
                var set = game.InformationSets[s];
                int member = set.Members[0];
                T atSet = reach[member];
                segments.Add([.. Enumerable.Range(0, set.ActionCount).Select(a => TArithmetic.IsZero(atSet)
                    ? TArithmetic.Zero
                    : TArithmetic.Divide(reach[game.Nodes[member].Children[a]], atSet))]);
            }
        }

        return segments;
    }

    // Per node, the total weight of the player's strategies whose own choices lead there.
    private static T[] OwnReach(ExtensiveFormGame game, int player, ImmutableArray<ImmutableArray<int>> strategies, IReadOnlyList<T> weights)
    {
        var position = new int[game.InformationSets.Length];
        var sets = game.PlayerInformationSets[player + 1];
        for (int k = 0; k < sets.Length; k++)
        {
            position[sets[k]] = k;
        }

        var reach = Enumerable.Repeat(TArithmetic.Zero, game.Nodes.Length).ToArray();
        var consistent = new bool[game.Nodes.Length];
        for (int s = 0; s < strategies.Length; s++)
        {
            if (TArithmetic.IsZero(weights[s]))
            {
                continue;
            }

            foreach (var node in game.Nodes)
            {
                consistent[node.Index] = node.Parent < 0 || (consistent[node.Parent]
                    && (game.InformationSetOf(node.Parent) is not { IsChance: false } set || set.Player != player + 1
                        || strategies[s][position[set.Index]] == node.ParentAction));
                if (consistent[node.Index])
                {
                    reach[node.Index] = TArithmetic.Add(reach[node.Index], weights[s]);
                }
            }
        }

        return reach;
    }
}
