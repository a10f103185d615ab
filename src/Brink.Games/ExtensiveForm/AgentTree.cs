using System.Collections.Immutable;

namespace Brink.Games.ExtensiveForm;

/// <summary>
/// A game tree in floating point and flat arrays, for solvers that run millions of times on small trees (the
/// model's decision points). Every parent precedes its children in node order; each decision node names an agent
/// (information set), and its children are its actions in order. Build one with <see cref="AgentTreeBuilder"/> or from an exact game with
/// <see cref="FromGame"/>. Immutable once built.
/// </summary>
public sealed class AgentTree
{
    internal AgentTree(
        int playerCount,
        int[] agentOf,
        int[] firstChild,
        int[] childCount,
        int[] children,
        double[] chanceProbability,
        double[] payoffs,
        int[] agentPlayer,
        int[] agentActions)
    {
        PlayerCount = playerCount;
        AgentOfNode = agentOf;
        FirstChild = firstChild;
        ChildCount = childCount;
        Children = children;
        ChanceProbability = chanceProbability;
        Payoffs = payoffs;
        AgentPlayers = [.. agentPlayer];
        AgentActionCounts = [.. agentActions];
        AgentPlayerIndex = [.. agentPlayer.Select(p => p - 1)];
        AgentNodeCount = new int[agentPlayer.Length];
        AgentFirstNode = new int[agentPlayer.Length];
        AgentFirstNode.AsSpan().Fill(-1);
        for (int n = 0; n < agentOf.Length; n++)
        {
            int agent = agentOf[n];
            if (agent >= 0)
            {
                AgentNodeCount[agent]++;
                AgentFirstNode[agent] = AgentFirstNode[agent] < 0 ? n : AgentFirstNode[agent];
            }
        }

        ActionOffsets = new int[agentActions.Length + 1];
        for (int j = 0; j < agentActions.Length; j++)
        {
            ActionOffsets[j + 1] = ActionOffsets[j] + agentActions[j];
        }
    }

    private AgentTree(AgentTree shape, double[] chanceProbability, double[] payoffs)
    {
        PlayerCount = shape.PlayerCount;
        AgentOfNode = shape.AgentOfNode;
        FirstChild = shape.FirstChild;
        ChildCount = shape.ChildCount;
        Children = shape.Children;
        AgentPlayers = shape.AgentPlayers;
        AgentActionCounts = shape.AgentActionCounts;
        AgentPlayerIndex = shape.AgentPlayerIndex;
        AgentNodeCount = shape.AgentNodeCount;
        AgentFirstNode = shape.AgentFirstNode;
        ActionOffsets = shape.ActionOffsets;
        ChanceProbability = chanceProbability;
        Payoffs = payoffs;
    }

    /// <summary>Per agent: its player's 0-based index.</summary>
    internal int[] AgentPlayerIndex { get; }

    /// <summary>Per agent: how many nodes it holds.</summary>
    internal int[] AgentNodeCount { get; }

    /// <summary>Per agent: its lowest node index (−1 for an agent with no node).</summary>
    internal int[] AgentFirstNode { get; }

    /// <summary>Per agent: where its actions start in a flat profile; one extra entry holds the total.</summary>
    internal int[] ActionOffsets { get; }

    /// <summary>Where agent <paramref name="agent"/>'s actions start in a flat profile; <see cref="AgentCount"/> gives its length.</summary>
    public int ActionOffset(int agent) => ActionOffsets[agent];

    /// <summary>Number of players (chance excluded).</summary>
    public int PlayerCount { get; }

    /// <summary>Number of nodes.</summary>
    public int NodeCount => FirstChild.Length;

    /// <summary>Number of agents (information sets of the players, chance excluded).</summary>
    public int AgentCount => AgentPlayers.Length;

    /// <summary>The player (1-based) of each agent.</summary>
    public ImmutableArray<int> AgentPlayers { get; }

    /// <summary>The number of actions of each agent.</summary>
    public ImmutableArray<int> AgentActionCounts { get; }

    /// <summary>Per node: its agent, <see cref="ChanceNode"/> or <see cref="TerminalNode"/>.</summary>
    internal int[] AgentOfNode { get; }

    /// <summary>Per node: where its children start in <see cref="Children"/>.</summary>
    internal int[] FirstChild { get; }

    /// <summary>Per node: number of children (0 for terminals).</summary>
    internal int[] ChildCount { get; }

    /// <summary>Child node indices, each node's children consecutive and in action order.</summary>
    internal int[] Children { get; }

    /// <summary>Per node: probability of the chance move leading to it (1 when the parent is not chance).</summary>
    internal double[] ChanceProbability { get; }

    /// <summary>Per node × player: terminal payoffs (0 elsewhere).</summary>
    internal double[] Payoffs { get; }

    /// <summary>Marker in <see cref="AgentOfNode"/> for chance nodes.</summary>
    public const int ChanceNode = -1;

    /// <summary>Marker in <see cref="AgentOfNode"/> for terminal nodes.</summary>
    public const int TerminalNode = -2;

    /// <summary>
    /// The same shape with other chance probabilities and terminal payoffs: for a model that solves one tree shape
    /// millions of times, this shares the structure instead of rebuilding it. Both spans are indexed by node
    /// (payoffs by node × player, as <see cref="AgentTreeBuilder"/> numbers nodes) and are copied.
    /// </summary>
    /// <param name="chanceProbability">Per node, the probability of the chance move leading to it; 1 where the parent is not chance.</param>
    /// <param name="payoffs">Per node and player, the payoff at a terminal node; 0 elsewhere.</param>
    /// <exception cref="ArgumentException">A length differs, a chance node's probabilities do not sum to 1, or a value is out of range.</exception>
    public AgentTree WithValues(ReadOnlySpan<double> chanceProbability, ReadOnlySpan<double> payoffs)
    {
        if (chanceProbability.Length != NodeCount || payoffs.Length != NodeCount * PlayerCount)
        {
            throw new ArgumentException($"Expected {NodeCount} chance probabilities and {NodeCount * PlayerCount} payoffs.", nameof(payoffs));
        }

        for (int n = 0; n < NodeCount; n++)
        {
            double sum = 0;
            for (int a = 0; a < ChildCount[n]; a++)
            {
                double p = chanceProbability[Children[FirstChild[n] + a]];
                bool valid = AgentOfNode[n] == ChanceNode ? p >= 0 && p <= 1 : p == 1;
                if (!valid)
                {
                    throw new ArgumentException($"Node {Children[FirstChild[n] + a]} has chance probability {p}.", nameof(chanceProbability));
                }

                sum += p;
            }

            if (AgentOfNode[n] == ChanceNode && Math.Abs(sum - 1) > 1e-9)
            {
                throw new ArgumentException($"The chance probabilities below node {n} sum to {sum}, not 1.", nameof(chanceProbability));
            }
        }

        foreach (double payoff in payoffs)
        {
            if (!double.IsFinite(payoff))
            {
                throw new ArgumentException("Payoffs must be finite.", nameof(payoffs));
            }
        }

        return new AgentTree(this, chanceProbability.ToArray(), payoffs.ToArray());
    }

    /// <summary>
    /// The same game in floating point. Agents are numbered as Gambit prints behaviour profiles: players in order,
    /// each player's information sets in order of first appearance.
    /// </summary>
    public static AgentTree FromGame(ExtensiveFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        var agentOfSet = new int[game.InformationSets.Length];
        Array.Fill(agentOfSet, ChanceNode);
        var players = new List<int>();
        var actions = new List<int>();
        for (int p = 1; p <= game.PlayerCount; p++)
        {
            foreach (int set in game.PlayerInformationSets[p])
            {
                agentOfSet[set] = players.Count;
                players.Add(p);
                actions.Add(game.InformationSets[set].ActionCount);
            }
        }

        var builder = new AgentTreeBuilder(game.PlayerCount, players, actions);
        Add(game, game.Root.Index, builder, agentOfSet);
        return builder.Build();
    }

    private static int Add(ExtensiveFormGame game, int node, AgentTreeBuilder builder, int[] agentOfSet)
    {
        var n = game.Nodes[node];
        if (n.Kind == NodeKind.Terminal)
        {
            return builder.AddTerminal(game.TerminalPayoffsAsDouble[node].AsSpan());
        }

        var set = game.InformationSets[n.InformationSet];
        int index = set.IsChance ? builder.AddChance() : builder.AddDecision(agentOfSet[set.Index]);
        for (int a = 0; a < n.Children.Length; a++)
        {
            int child = Add(game, n.Children[a], builder, agentOfSet);
            builder.Link(index, child, set.IsChance ? set.Probabilities[a].ToDouble() : 1);
        }

        return index;
    }
}
