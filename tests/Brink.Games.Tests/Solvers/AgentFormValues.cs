using Brink.Games.ExtensiveForm;
using Brink.Games.Profiles;

namespace Brink.Games.Tests.Solvers;

/// <summary>
/// Conditional action values of a behaviour profile, computed the plain way (reach probabilities, no logs), as an
/// independent check of the agent logit equations: the value of an action is its player's expected payoff after
/// it, averaged over the set's nodes weighted by how likely each is reached.
/// </summary>
internal static class AgentFormValues
{
    /// <summary>One array per player information set, in profile order (players in order, sets by first appearance).</summary>
    public static double[][] ActionValues(ExtensiveFormGame game, Profile profile)
    {
        var order = Enumerable.Range(1, game.PlayerCount).SelectMany(p => game.PlayerInformationSets[p]).ToArray();
        var segmentOf = new Dictionary<int, int>();
        for (int i = 0; i < order.Length; i++)
        {
            segmentOf[order[i]] = i;
        }

        double EdgeProbability(GameNode node, int action)
        {
            var set = game.InformationSets[node.InformationSet];
            return set.IsChance ? set.Probabilities[action].ToDouble() : profile.Values[segmentOf[set.Index]][action];
        }

        var reach = new double[game.Nodes.Length];
        reach[0] = 1;
        foreach (var node in game.Nodes.Where(n => n.Kind != NodeKind.Terminal))
        {
            for (int a = 0; a < node.Children.Length; a++)
            {
                reach[node.Children[a]] = reach[node.Index] * EdgeProbability(node, a);
            }
        }

        var value = new double[game.Nodes.Length][];
        foreach (var node in game.Nodes.Reverse())
        {
            value[node.Index] = node.Kind == NodeKind.Terminal
                ? [.. game.TerminalPayoffsAsDouble[node.Index]]
                : Enumerable.Range(0, game.PlayerCount)
                    .Select(p => node.Children.Select((c, a) => EdgeProbability(node, a) * value[c][p]).Sum())
                    .ToArray();
        }

        return order.Select(s =>
        {
            var set = game.InformationSets[s];
            double total = set.Members.Sum(h => reach[h]);
            return Enumerable.Range(0, set.ActionCount)
                .Select(a => set.Members.Sum(h => reach[h] * value[game.Nodes[h].Children[a]][set.Player - 1]) / total)
                .ToArray();
        }).ToArray();
    }
}
