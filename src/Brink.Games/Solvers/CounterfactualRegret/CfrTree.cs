using Brink.Games.ExtensiveForm;

namespace Brink.Games.Solvers.CounterfactualRegret;

/// <summary>
/// A two-player tree flattened once into arrays so that CFR's iterations and best replies walk it without
/// allocating: nodes keep the game's preorder (a parent before its children), and every action of every
/// decision information set has one slot, player 1's sets first and each player's in order of first appearance
/// (the order a behaviour profile prints in).
/// </summary>
internal sealed class CfrTree
{
    /// <summary>Per node: −1 terminal, 0 chance, 1 or 2 the player to move.</summary>
    public readonly int[] Mover;

    /// <summary>Per node: the index of its first child in <see cref="Children"/>; its children follow in action order.</summary>
    public readonly int[] FirstChild;

    /// <summary>Per node: its number of children (0 at a terminal).</summary>
    public readonly int[] ChildCount;

    /// <summary>Per decision node: the slot of its information set's first action; −1 elsewhere.</summary>
    public readonly int[] Slot;

    /// <summary>Per node: player 1's payoff summed over the outcomes on the path to it (meaningful at terminals).</summary>
    public readonly double[] Payoff;

    /// <summary>Child node indices, grouped per parent.</summary>
    public readonly int[] Children;

    /// <summary>Per entry of <see cref="Children"/> below a chance node, the chance probability; 0 elsewhere.</summary>
    public readonly double[] ChanceProbability;

    /// <summary>Per decision set (player 1's first): its first slot, its action count and its player.</summary>
    public readonly int[] SetSlot;

    /// <inheritdoc cref="SetSlot"/>
    public readonly int[] SetActions;

    /// <inheritdoc cref="SetSlot"/>
    public readonly int[] SetPlayer;

    /// <summary>
    /// Per decision set, the slot of the player's own last action before it (its parent sequence), or −1 at a
    /// set reached without an earlier own move. Perfect recall makes it the same for every member.
    /// </summary>
    public readonly int[] SetParentSlot;

    /// <summary>Per slot, the decision set it belongs to.</summary>
    public readonly int[] SlotSet;

    /// <summary>Per decision set, its member nodes.</summary>
    public readonly int[][] SetMembers;

    /// <summary>Per player (0 and 1), its decision sets deepest first, so a set comes after every set below it.</summary>
    public readonly int[][] BottomUp;

    public CfrTree(ExtensiveFormGame game)
    {
        int n = game.Nodes.Length;
        var setOfGameSet = new int[game.InformationSets.Length];
        var sets = game.PlayerInformationSets[1].Concat(game.PlayerInformationSets[2]).ToArray();
        SetSlot = new int[sets.Length];
        SetActions = new int[sets.Length];
        SetPlayer = new int[sets.Length];
        SetMembers = new int[sets.Length][];
        int slots = 0;
        for (int s = 0; s < sets.Length; s++)
        {
            var set = game.InformationSets[sets[s]];
            setOfGameSet[set.Index] = s;
            (SetSlot[s], SetActions[s], SetPlayer[s], SetMembers[s]) = (slots, set.ActionCount, set.Player, [.. set.Members]);
            slots += set.ActionCount;
        }

        SlotCount = slots;
        SlotSet = new int[slots];
        for (int s = 0; s < sets.Length; s++)
        {
            Array.Fill(SlotSet, s, SetSlot[s], SetActions[s]);
        }

        Mover = new int[n];
        FirstChild = new int[n];
        ChildCount = new int[n];
        Slot = new int[n];
        Payoff = new double[n];
        Children = new int[n - 1];
        ChanceProbability = new double[n - 1];
        var depth = new int[n];
        var ownSlot = new int[2][];
        ownSlot[0] = new int[n];
        ownSlot[1] = new int[n];
        int next = 0;
        foreach (var node in game.Nodes)
        {
            int i = node.Index;
            Payoff[i] = game.TerminalPayoffsAsDouble[i][0];
            (FirstChild[i], ChildCount[i], Slot[i], Mover[i]) = (next, node.Children.Length, -1, -1);
            if (node.Parent >= 0)
            {
                depth[i] = depth[node.Parent] + 1;
            }

            if (node.Kind != NodeKind.Terminal)
            {
                var set = game.InformationSetOf(i);
                Mover[i] = set.Player;
                if (!set.IsChance)
                {
                    Slot[i] = SetSlot[setOfGameSet[set.Index]];
                }

                for (int a = 0; a < node.Children.Length; a++)
                {
                    int child = node.Children[a];
                    Children[next + a] = child;
                    ChanceProbability[next + a] = set.IsChance ? set.Probabilities[a].ToDouble() : 0;
                }

                next += node.Children.Length;
            }
        }

        // The last own slot on the path to each node, per player, in one preorder pass (a parent comes first).
        for (int p = 0; p < 2; p++)
        {
            ownSlot[p][0] = -1;
        }

        foreach (var node in game.Nodes.Skip(1))
        {
            int parent = node.Parent;
            for (int p = 0; p < 2; p++)
            {
                ownSlot[p][node.Index] = Mover[parent] == p + 1 ? Slot[parent] + node.ParentAction : ownSlot[p][parent];
            }
        }

        SetParentSlot = new int[sets.Length];
        for (int s = 0; s < sets.Length; s++)
        {
            SetParentSlot[s] = ownSlot[SetPlayer[s] - 1][SetMembers[s][0]];
        }

        // Under perfect recall a set's members all descend from members of the sets above it, so its shallowest
        // member is deeper than theirs: sorting by shallowest member, deepest first, decides lower sets first.
        BottomUp = new int[2][];
        for (int p = 0; p < 2; p++)
        {
            BottomUp[p] = [.. Enumerable.Range(0, sets.Length)
                .Where(s => SetPlayer[s] == p + 1)
                .OrderByDescending(s => SetMembers[s].Min(m => depth[m]))
                .ThenBy(s => s)];
        }
    }

    /// <summary>Number of nodes.</summary>
    public int NodeCount => Mover.Length;

    /// <summary>Number of decision sets.</summary>
    public int SetCount => SetSlot.Length;

    /// <summary>Number of action slots over all decision sets.</summary>
    public int SlotCount { get; }
}
