using System.Globalization;

namespace Brink.Games.ExtensiveForm;

/// <summary>
/// Whether every player remembers everything they knew and did: within each of a player's information sets,
/// all nodes are reached by the same sequence of that player's own moves. Sequence-form solvers need this.
/// </summary>
public static class PerfectRecall
{
    /// <summary>
    /// Null when the game has perfect recall; otherwise one sentence naming the player and the first information
    /// set (in order of appearance) whose nodes follow different earlier moves of that player.
    /// </summary>
    /// <remarks>
    /// Comparing only each node's <em>last</em> own move suffices: if every set agrees on it, induction over the
    /// sets those moves were made in shows the whole own histories agree (and no set holds a node and its
    /// descendant). One pass in preorder, so linear in nodes times players.
    /// </remarks>
    public static string? FindViolation(ExtensiveFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        int players = game.PlayerCount + 1;
        var lastMove = new long[game.Nodes.Length * players];
        Array.Fill(lastMove, -1L);
        foreach (var node in game.Nodes)
        {
            if (node.Parent < 0)
            {
                continue;
            }

            // Preorder puts every parent before its children, so its row is already final.
            Array.Copy(lastMove, node.Parent * players, lastMove, node.Index * players, players);
            var parent = game.Nodes[node.Parent];
            if (parent.Kind == NodeKind.Decision)
            {
                int player = game.InformationSets[parent.InformationSet].Player;
                lastMove[(node.Index * players) + player] = ((long)parent.InformationSet << 32) | (uint)node.ParentAction;
            }
        }

        foreach (var set in game.InformationSets.Where(s => !s.IsChance))
        {
            long expected = lastMove[(set.Members[0] * players) + set.Player];
            if (set.Members.Any(member => lastMove[(member * players) + set.Player] != expected))
            {
                return string.Format(
                    CultureInfo.InvariantCulture,
                    "Player {0} (\"{1}\") forgets earlier moves at information set {2} (\"{3}\"): its nodes follow different moves of that player.",
                    set.Player,
                    game.Players[set.Player - 1],
                    set.Number,
                    set.Label);
            }
        }

        return null;
    }

    /// <summary>Whether the game has perfect recall.</summary>
    public static bool Holds(ExtensiveFormGame game) => FindViolation(game) is null;
}
