using Brink.Games.ExtensiveForm;

namespace Brink.Games.Solvers.QuantalResponse;

/// <summary>
/// Logit equations of a game tree in agent form: one group per player information set (players in order, each
/// player's sets in order of first appearance), an action's value is the player's expected payoff after taking it,
/// conditional on reaching the set, with beliefs proportional to the members' reach probabilities.
/// </summary>
/// <remarks>
/// Beliefs are a softmax of log reach probabilities, so a set reached with probability 1e-400 still has well-defined
/// beliefs. Derivatives in log coordinates (x_b = log σ_b, every σ an independent variable, perfect recall):
/// an action's value v_a = Σ_h β(h) V(h·a) moves with x_b through the continuation values (a node m of b's set
/// below h·a adds β(h) ρ(m | h·a) σ_b V(m·b)) and through the beliefs (β(h)(V(h·a) − v_a) for every b on the path to h).
/// </remarks>
internal sealed class LogitAgentFormSystem : LogitSystem
{
    private readonly ExtensiveFormGame game;
    private readonly int players;
    private readonly int[] parent;
    private readonly int[] parentAction;
    private readonly int[] edgeVariable;
    private readonly double[] chanceLog;
    private readonly int[] nodeVariableBase;
    private readonly int[] nodePlayer;
    private readonly int[] groupSet;
    private readonly double[] logReach;
    private readonly double[] edgeProbability;
    private readonly double[] nodeValue;
    private readonly double[] belief;
    private readonly double[] groupReach;
    private readonly double[] continuation;
    private readonly double[] beliefGaps;

    public LogitAgentFormSystem(ExtensiveFormGame game)
        : base(GroupSizes(game), Scale(game))
    {
        this.game = game;
        players = game.PlayerCount;
        int nodes = game.Nodes.Length;
        groupSet = [.. Enumerable.Range(1, players).SelectMany(p => game.PlayerInformationSets[p])];
        var setBase = new int[game.InformationSets.Length];
        Array.Fill(setBase, -1);
        for (int g = 0; g < groupSet.Length; g++)
        {
            setBase[groupSet[g]] = GroupStarts[g];
        }

        parent = new int[nodes];
        parentAction = new int[nodes];
        edgeVariable = new int[nodes];
        chanceLog = new double[nodes];
        nodeVariableBase = new int[nodes];
        nodePlayer = new int[nodes];
        foreach (var node in game.Nodes)
        {
            int i = node.Index;
            parent[i] = node.Parent;
            parentAction[i] = node.ParentAction;
            nodeVariableBase[i] = node.Kind == NodeKind.Decision ? setBase[node.InformationSet] : -1;
            nodePlayer[i] = node.Kind == NodeKind.Decision ? game.InformationSets[node.InformationSet].Player - 1 : -1;
            edgeVariable[i] = -1;
            if (node.Parent >= 0)
            {
                var above = game.Nodes[node.Parent];
                if (above.Kind == NodeKind.Chance)
                {
                    chanceLog[i] = Math.Log(game.ChanceProbability(above.Index, node.ParentAction).ToDouble());
                }
                else
                {
                    edgeVariable[i] = setBase[above.InformationSet] + node.ParentAction;
                }
            }
        }

        logReach = new double[nodes];
        edgeProbability = new double[nodes];
        nodeValue = new double[nodes * players];
        belief = new double[nodes];
        groupReach = new double[GroupCount];
        continuation = new double[players];
        beliefGaps = new double[game.InformationSets.Select(s => s.ActionCount).DefaultIfEmpty(0).Max()];
    }

    protected override void ComputeValues(ReadOnlySpan<double> logs, double[] valuesOut, double[]? derivativesOut)
    {
        ComputeReachAndNodeValues(logs);
        for (int g = 0; g < GroupCount; g++)
        {
            ComputeBeliefsAndActionValues(g, valuesOut);
        }

        if (derivativesOut is not null)
        {
            AddContinuationDerivatives(derivativesOut);
            AddBeliefDerivatives(valuesOut, derivativesOut);
        }
    }

    protected override bool CountsForRegret(int group) => groupReach[group] > 0;

    private void ComputeReachAndNodeValues(ReadOnlySpan<double> logs)
    {
        // Hot loop of every path step; index arithmetic stays far below int.MaxValue.
        unchecked
        {
            var nodes = game.Nodes;
            logReach[0] = 0;
            edgeProbability[0] = 1;
            for (int i = 1; i < nodes.Length; i++)
            {
                double edgeLog = edgeVariable[i] >= 0 ? logs[edgeVariable[i]] : chanceLog[i];
                logReach[i] = logReach[parent[i]] + edgeLog;
                edgeProbability[i] = Math.Exp(edgeLog);
            }

            for (int i = nodes.Length - 1; i >= 0; i--)
            {
                var value = nodeValue.AsSpan(i * players, players);
                if (nodes[i].Kind == NodeKind.Terminal)
                {
                    game.TerminalPayoffsAsDouble[i].AsSpan().CopyTo(value);
                    continue;
                }

                value.Clear();
                foreach (int child in nodes[i].Children)
                {
                    double probability = edgeProbability[child];
                    if (probability == 0)
                    {
                        continue;
                    }

                    for (int p = 0; p < players; p++)
                    {
                        value[p] += probability * nodeValue[(child * players) + p];
                    }
                }
            }
        }
    }

    private void ComputeBeliefsAndActionValues(int group, double[] valuesOut)
    {
        var set = game.InformationSets[groupSet[group]];
        int player = set.Player - 1, first = GroupStarts[group];
        double top = double.NegativeInfinity, reach = 0;
        foreach (int h in set.Members)
        {
            top = Math.Max(top, logReach[h]);
            reach += Math.Exp(logReach[h]);
        }

        groupReach[group] = reach;
        double total = 0;
        foreach (int h in set.Members)
        {
            // A set no play reaches (a chance probability of 0 above every member) gets uniform beliefs.
            belief[h] = double.IsNegativeInfinity(top) ? 1 : Math.Exp(logReach[h] - top);
            total += belief[h];
        }

        for (int a = 0; a < set.ActionCount; a++)
        {
            valuesOut[first + a] = 0;
        }

        foreach (int h in set.Members)
        {
            belief[h] /= total;
            var children = game.Nodes[h].Children;
            for (int a = 0; a < set.ActionCount; a++)
            {
                valuesOut[first + a] += belief[h] * nodeValue[(children[a] * players) + player];
            }
        }
    }

    // Each node m where an action b is taken feeds every ancestor edge h·a above it: β(h) ρ(m | h·a) σ_b V(m·b).
    private void AddContinuationDerivatives(double[] derivatives)
    {
        // Hot loop of every path step; index arithmetic stays far below int.MaxValue.
        unchecked
        {
            int n = VariableCount;
            foreach (var node in game.Nodes)
            {
                if (nodeVariableBase[node.Index] < 0)
                {
                    continue;
                }

                for (int b = 0; b < node.Children.Length; b++)
                {
                    int child = node.Children[b], column = nodeVariableBase[node.Index] + b;
                    for (int p = 0; p < players; p++)
                    {
                        continuation[p] = edgeProbability[child] * nodeValue[(child * players) + p];
                    }

                    double below = 1;
                    for (int current = node.Index; current > 0 && below != 0; current = parent[current])
                    {
                        int above = parent[current];
                        if (nodeVariableBase[above] >= 0)
                        {
                            int row = nodeVariableBase[above] + parentAction[current];
                            derivatives[(row * n) + column] += belief[above] * below * continuation[nodePlayer[above]];
                        }

                        below *= edgeProbability[current];
                    }
                }
            }
        }
    }

    // Moving x_b shifts the beliefs of every set whose members are reached through b.
    private void AddBeliefDerivatives(double[] values, double[] derivatives)
    {
        // Hot loop of every path step; index arithmetic stays far below int.MaxValue.
        unchecked
        {
            int n = VariableCount;
            foreach (var node in game.Nodes)
            {
                int h = node.Index, baseVariable = nodeVariableBase[h];
                if (baseVariable < 0 || belief[h] == 0 || h == 0)
                {
                    continue;
                }

                int actions = node.Children.Length;
                for (int a = 0; a < actions; a++)
                {
                    beliefGaps[a] = belief[h] * (nodeValue[(node.Children[a] * players) + nodePlayer[h]] - values[baseVariable + a]);
                }

                for (int current = h; current > 0; current = parent[current])
                {
                    int column = edgeVariable[current];
                    if (column < 0)
                    {
                        continue;
                    }

                    for (int a = 0; a < actions; a++)
                    {
                        derivatives[((baseVariable + a) * n) + column] += beliefGaps[a];
                    }
                }
            }
        }
    }

    private static int[] GroupSizes(ExtensiveFormGame game) =>
        [.. Enumerable.Range(1, game.PlayerCount)
            .SelectMany(p => game.PlayerInformationSets[p])
            .Select(s => game.InformationSets[s].ActionCount)];

    private static double Scale(ExtensiveFormGame game)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (int terminal in game.Terminals)
        {
            foreach (double payoff in game.TerminalPayoffsAsDouble[terminal])
            {
                min = Math.Min(min, payoff);
                max = Math.Max(max, payoff);
            }
        }

        return max > min ? max - min : 1;
    }
}
