using Brink.Games.ExtensiveForm;
using Brink.Games.Profiles;

namespace Brink.Games.Solvers;

/// <summary>
/// Brings a behaviour profile read off the reduced normal form closer to what <c>gambit-enumpoly</c> prints on a
/// tree. Gambit enumerates supports of actions at every information set, including sets a player's own play
/// rules out, where the reduced form says nothing (all zeros); there Gambit's answers hold the conditionally
/// best action (centipede: take at every node). So a set left unspecified gets the action with the best value
/// conditional on reaching it (weighting its nodes by the chance of reaching them through the others' play),
/// deepest sets first. This touches only sets the player never reaches, so an equilibrium stays one.
/// </summary>
internal static class BehaviourCompletion
{
    private const double Margin = 1e-9;

    /// <summary>
    /// The completed profile. With <paramref name="lastOnTie"/> (the two-player tree search) a tie between actions
    /// goes to the last one and a set the others' play does not reach either weighs its nodes by chance alone,
    /// as <c>gambit-enumpoly</c> prints tim.efg.
    /// </summary>
    public static Profile Complete(ExtensiveFormGame game, Profile profile, bool lastOnTie = false)
    {
        var behaviour = new double[game.InformationSets.Length][];
        int segment = 0;
        for (int p = 1; p <= game.PlayerCount; p++)
        {
            foreach (int s in game.PlayerInformationSets[p])
            {
                behaviour[s] = [.. profile.Values[segment++]];
            }
        }

        var chance = lastOnTie ? OthersReach(game, behaviour, -1) : null;
        var open = game.InformationSets.Where(s => !s.IsChance && behaviour[s.Index].Sum() <= 0).OrderByDescending(s => s.Members[0]).ToList();
        foreach (var set in open)
        {
            var values = NodeValues(game, behaviour);
            var reach = OthersReach(game, behaviour, set.Player);
            double total = set.Members.Sum(h => reach[h]);
            int best = 0;
            double bestScore = double.NegativeInfinity;
            for (int a = 0; a < set.ActionCount; a++)
            {
                double score = set.Members.Sum(h => (total > 0 ? reach[h] : chance?[h] ?? 1) * values[game.Nodes[h].Children[a]][set.Player - 1]);
                bool better = lastOnTie ? score >= bestScore - Margin : score > bestScore + Margin;
                (best, bestScore) = better ? (a, Math.Max(score, bestScore)) : (best, bestScore);
            }

            behaviour[set.Index][best] = 1;
        }

        return Profile.FromDoubles(ProfileKind.Behaviour,
            Enumerable.Range(1, game.PlayerCount).SelectMany(p => game.PlayerInformationSets[p]).Select(s => behaviour[s]));
    }

    // Expected payoffs from each node on, bottom-up (preorder puts children after parents).
    private static double[][] NodeValues(ExtensiveFormGame game, double[][] behaviour)
    {
        var values = new double[game.Nodes.Length][];
        for (int n = game.Nodes.Length - 1; n >= 0; n--)
        {
            var node = game.Nodes[n];
            if (node.Kind == NodeKind.Terminal)
            {
                values[n] = [.. game.TerminalPayoffsAsDouble[n]];
                continue;
            }

            var set = game.InformationSets[node.InformationSet];
            values[n] = new double[game.PlayerCount];
            for (int a = 0; a < node.Children.Length; a++)
            {
                double probability = set.IsChance ? set.Probabilities[a].ToDouble() : behaviour[set.Index][a];
                for (int p = 0; p < game.PlayerCount; p++)
                {
                    values[n][p] += probability * values[node.Children[a]][p];
                }
            }
        }

        return values;
    }

    // Probability of reaching each node through chance and the other players' choices only (-1: chance alone).
    private static double[] OthersReach(ExtensiveFormGame game, double[][] behaviour, int player)
    {
        var reach = new double[game.Nodes.Length];
        reach[0] = 1;
        foreach (var node in game.Nodes.Where(n => n.Kind != NodeKind.Terminal))
        {
            var set = game.InformationSets[node.InformationSet];
            for (int a = 0; a < node.Children.Length; a++)
            {
                double probability = set.IsChance ? set.Probabilities[a].ToDouble() : set.Player == player || player < 0 ? 1 : behaviour[set.Index][a];
                reach[node.Children[a]] = reach[node.Index] * probability;
            }
        }

        return reach;
    }
}
