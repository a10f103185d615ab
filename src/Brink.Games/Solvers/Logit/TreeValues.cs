using Brink.Games.ExtensiveForm;

namespace Brink.Games.Solvers.Logit;

/// <summary>
/// Action values of a tree's agent form: for each information set, each action's expected payoff to the set's
/// player given that the set is reached, with beliefs over its nodes from the profile (Bayes' rule; the profile
/// is completely mixed on the logit path, so every set is reached).
/// </summary>
internal sealed class TreeValues : IAgentValues
{
    private readonly AgentTree tree;
    private readonly int[] offsets;

    public TreeValues(AgentTree tree)
    {
        this.tree = tree;
        ActionCounts = [.. tree.AgentActionCounts];
        offsets = new int[ActionCounts.Length + 1];
        for (int j = 0; j < ActionCounts.Length; j++)
        {
            offsets[j + 1] = offsets[j] + ActionCounts[j];
        }

        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        for (int n = 0; n < tree.NodeCount; n++)
        {
            if (tree.AgentOfNode[n] == AgentTree.TerminalNode)
            {
                for (int p = 0; p < tree.PlayerCount; p++)
                {
                    double v = tree.Payoffs[(n * tree.PlayerCount) + p];
                    low = Math.Min(low, v);
                    high = Math.Max(high, v);
                }
            }
        }

        PayoffRange = Math.Max(high - low, 1e-300);
    }

    public int[] ActionCounts { get; }

    public double PayoffRange { get; }

    public void Values(ReadOnlySpan<double> sigma, Span<double> values)
    {
        var (reach, value) = Evaluate(sigma);
        values.Clear();
        var mass = new double[ActionCounts.Length];
        for (int n = 0; n < tree.NodeCount; n++)
        {
            int agent = tree.AgentOfNode[n];
            if (agent < 0)
            {
                continue;
            }

            int player = tree.AgentPlayerIndex[agent];
            mass[agent] += reach[n];
            for (int a = 0; a < tree.ChildCount[n]; a++)
            {
                values[offsets[agent] + a] += reach[n] * value[(tree.Children[tree.FirstChild[n] + a] * tree.PlayerCount) + player];
            }
        }

        for (int j = 0; j < ActionCounts.Length; j++)
        {
            for (int a = offsets[j]; a < offsets[j + 1]; a++)
            {
                values[a] = mass[j] > 0 ? values[a] / mass[j] : 0;
            }
        }
    }

    public bool ValueJacobian(ReadOnlySpan<double> sigma, double[,] jacobian) => false;

    /// <summary>
    /// The agent form's regret: each information set's gain from deviating there, given it is reached, so rarely
    /// reached sets must be (nearly) best replies too, as in the limit of the agent QRE.
    /// </summary>
    public double MaxRegret(ReadOnlySpan<double> sigma)
    {
        var values = new double[sigma.Length];
        Values(sigma, values);
        return AgentRegret.Max(sigma, values, offsets);
    }

    private (double[] Reach, double[] Value) Evaluate(ReadOnlySpan<double> sigma)
    {
        int players = tree.PlayerCount;
        var reach = new double[tree.NodeCount];
        var value = new double[tree.NodeCount * players];
        reach[0] = 1;
        for (int n = 0; n < tree.NodeCount; n++)
        {
            int agent = tree.AgentOfNode[n];
            for (int a = 0; a < tree.ChildCount[n]; a++)
            {
                int child = tree.Children[tree.FirstChild[n] + a];
                reach[child] = reach[n] * (agent >= 0 ? sigma[offsets[agent] + a] : tree.ChanceProbability[child]);
            }
        }

        for (int n = tree.NodeCount - 1; n >= 0; n--)
        {
            int agent = tree.AgentOfNode[n];
            if (agent == AgentTree.TerminalNode)
            {
                for (int p = 0; p < players; p++)
                {
                    value[(n * players) + p] = tree.Payoffs[(n * players) + p];
                }

                continue;
            }

            for (int a = 0; a < tree.ChildCount[n]; a++)
            {
                int child = tree.Children[tree.FirstChild[n] + a];
                double p = agent >= 0 ? sigma[offsets[agent] + a] : tree.ChanceProbability[child];
                for (int i = 0; i < players; i++)
                {
                    value[(n * players) + i] += p * value[(child * players) + i];
                }
            }
        }

        return (reach, value);
    }
}
