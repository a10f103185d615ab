namespace Brink.Games.ExtensiveForm;

/// <summary>
/// Builds an <see cref="AgentTree"/>: add a node, then its children (each added after its parent), linking each
/// child in action order. Not thread-safe; one builder per tree.
/// </summary>
public sealed class AgentTreeBuilder
{
    private readonly int playerCount;
    private readonly int[] agentPlayers;
    private readonly int[] agentActions;
    private readonly List<int> agentOf;
    private readonly List<(int Parent, int Child)> links;
    private readonly List<double> chance;
    private readonly List<double> payoffs;

    /// <summary>Starts a tree whose agents (information sets) have the given players (1-based) and action counts.</summary>
    /// <param name="playerCount">Number of players.</param>
    /// <param name="agentPlayers">The player (1-based) of each agent.</param>
    /// <param name="agentActionCounts">The number of actions of each agent.</param>
    /// <param name="expectedNodes">How many nodes to make room for (a hint; the tree may grow past it).</param>
    public AgentTreeBuilder(int playerCount, IReadOnlyList<int> agentPlayers, IReadOnlyList<int> agentActionCounts, int expectedNodes = 16)
    {
        ArgumentNullException.ThrowIfNull(agentPlayers);
        ArgumentNullException.ThrowIfNull(agentActionCounts);
        ArgumentOutOfRangeException.ThrowIfLessThan(playerCount, 1);
        if (agentPlayers.Count != agentActionCounts.Count)
        {
            throw new ArgumentException("One action count per agent.", nameof(agentActionCounts));
        }

        if (agentPlayers.Any(p => p < 1 || p > playerCount) || agentActionCounts.Any(a => a < 1))
        {
            throw new ArgumentException("Agents need a player in 1..playerCount and at least one action.", nameof(agentPlayers));
        }

        this.playerCount = playerCount;
        int capacity = Math.Max(1, expectedNodes);
        agentOf = new List<int>(capacity);
        links = new List<(int Parent, int Child)>(capacity);
        chance = new List<double>(capacity);
        payoffs = new List<double>(capacity * playerCount);
        this.agentPlayers = [.. agentPlayers];
        this.agentActions = [.. agentActionCounts];
    }

    /// <summary>Adds a terminal node with one payoff per player; returns its index.</summary>
    public int AddTerminal(ReadOnlySpan<double> nodePayoffs)
    {
        if (nodePayoffs.Length != playerCount)
        {
            throw new ArgumentException($"Expected {playerCount} payoffs, got {nodePayoffs.Length}.", nameof(nodePayoffs));
        }

        int index = Add(AgentTree.TerminalNode);
        for (int p = 0; p < playerCount; p++)
        {
            payoffs[(index * playerCount) + p] = nodePayoffs[p];
        }

        return index;
    }

    /// <summary>Adds a chance node; link its children with their probabilities.</summary>
    public int AddChance() => Add(AgentTree.ChanceNode);

    /// <summary>Adds a decision node of <paramref name="agent"/>; link one child per action, in order.</summary>
    public int AddDecision(int agent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(agent);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(agent, agentPlayers.Length);
        return Add(agent);
    }

    /// <summary>Makes <paramref name="child"/> the next child of <paramref name="parent"/>.</summary>
    public void Link(int parent, int child, double probability = 1)
    {
        if (parent < 0 || child <= parent || child >= agentOf.Count)
        {
            throw new ArgumentException($"Node {child} must be added after its parent {parent}.", nameof(child));
        }

        if (agentOf[parent] == AgentTree.TerminalNode)
        {
            throw new ArgumentException($"Node {parent} is terminal.", nameof(parent));
        }

        if (!double.IsFinite(probability) || probability < 0 || probability > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A probability in [0, 1].");
        }

        links.Add((parent, child));
        chance[child] = agentOf[parent] == AgentTree.ChanceNode ? probability : 1;
    }

    /// <summary>Checks that every decision node has one child per action and chance probabilities sum to 1.</summary>
    public AgentTree Build()
    {
        int count = agentOf.Count;
        var first = new int[count];
        var childCount = new int[count];
        foreach (var (parent, _) in links)
        {
            childCount[parent]++;
        }

        for (int n = 1; n < count; n++)
        {
            first[n] = first[n - 1] + childCount[n - 1];
        }

        // Links are stable-sorted by parent: each node's children keep the order they were linked in.
        var flat = new int[links.Count];
        var filled = new int[count];
        foreach (var (parent, child) in links)
        {
            flat[first[parent] + filled[parent]++] = child;
        }

        for (int n = 0; n < count; n++)
        {
            int agent = agentOf[n];
            if (agent >= 0 && childCount[n] != agentActions[agent])
            {
                throw new InvalidOperationException($"Node {n} of agent {agent} has {childCount[n]} children, expected {agentActions[agent]}.");
            }

            if (agent == AgentTree.ChanceNode && (childCount[n] == 0 || Math.Abs(ChanceSum(flat, first[n], childCount[n]) - 1) > 1e-9))
            {
                throw new InvalidOperationException($"Chance node {n} needs children whose probabilities sum to 1.");
            }
        }

        return new AgentTree(playerCount, [.. agentOf], first, childCount, flat, [.. chance], [.. payoffs], agentPlayers, agentActions);
    }

    private double ChanceSum(int[] flat, int start, int length)
    {
        double sum = 0;
        for (int k = start; k < start + length; k++)
        {
            sum += chance[flat[k]];
        }

        return sum;
    }

    private int Add(int agent)
    {
        agentOf.Add(agent);
        chance.Add(1);
        for (int p = 0; p < playerCount; p++)
        {
            payoffs.Add(0);
        }

        return agentOf.Count - 1;
    }
}
