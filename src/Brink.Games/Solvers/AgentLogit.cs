using Brink.Games.ExtensiveForm;

namespace Brink.Games.Solvers;

/// <summary>
/// Agent logit quantal-response equilibrium of a small tree at one precision λ: at every agent (information set),
/// σ(a) ∝ exp(λ · Q(a)), where Q(a) is the agent's expected payoff from action a over the set's nodes weighted by
/// how likely the profile is to reach them (uniformly when it reaches none). Solved by damped fixed-point
/// iteration from the uniform profile, which stays on the principal branch for the moderate λ a behavioural
/// model uses; for the Gambit-style end point at large λ use the path-following <c>logit</c> solver.
/// Allocates only its result; thread-safe (no shared state).
/// </summary>
public static class AgentLogit
{
    private const int MaxSweeps = 2_000;
    private const double Tolerance = 1e-11;

    /// <summary>
    /// The QRE at <paramref name="lambda"/> as one probability vector per agent. <paramref name="start"/>, if
    /// given, is a warm start in the same shape (e.g. the answer at a nearby λ).
    /// </summary>
    public static double[][] AtLambda(AgentTree tree, double lambda, double[][]? start = null) => AtLambda(tree, lambda, start, out _);

    /// <summary>As <see cref="AtLambda(AgentTree, double, double[][])"/>, also reporting the sweeps it took.</summary>
    public static double[][] AtLambda(AgentTree tree, double lambda, double[][]? start, out int sweeps)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (!double.IsFinite(lambda) || lambda < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "λ must be finite and non-negative.");
        }

        int agents = tree.AgentCount;
        var offsets = new int[agents + 1];
        for (int j = 0; j < agents; j++)
        {
            offsets[j + 1] = offsets[j] + tree.AgentActionCounts[j];
        }

        int width = offsets[agents];
        var sigma = new double[width];
        for (int j = 0; j < agents; j++)
        {
            int actions = tree.AgentActionCounts[j];
            for (int a = 0; a < actions; a++)
            {
                sigma[offsets[j] + a] = start is null ? 1.0 / actions : start[j][a];
            }
        }

        sweeps = Iterate(tree, lambda, offsets, sigma);
        var result = new double[agents][];
        for (int j = 0; j < agents; j++)
        {
            result[j] = sigma.AsSpan(offsets[j], tree.AgentActionCounts[j]).ToArray();
        }

        return result;
    }

    private static int Iterate(AgentTree tree, double lambda, int[] offsets, double[] sigma)
    {
        int nodes = tree.NodeCount, players = tree.PlayerCount, agents = tree.AgentCount, width = sigma.Length;
        int size = nodes + (nodes * players) + (4 * width) + agents;

        // Small trees (the model's decision points) iterate on the stack: no garbage per solve.
        Span<double> workspace = size <= 2048 ? stackalloc double[size] : new double[size];
        workspace.Clear();
        var reach = workspace.Slice(0, nodes);
        var value = workspace.Slice(nodes, nodes * players);
        var q = workspace.Slice(nodes + (nodes * players), width);
        var unweighted = workspace.Slice(nodes + (nodes * players) + width, width);
        var next = workspace.Slice(nodes + (nodes * players) + (2 * width), width);
        var mass = workspace.Slice(nodes + (nodes * players) + (3 * width), agents);
        var previous = workspace.Slice(nodes + (nodes * players) + (3 * width) + agents, width);
        previous.Fill(double.NaN);
        for (int sweep = 0; sweep < MaxSweeps; sweep++)
        {
            Evaluate(tree, offsets, sigma, reach, value);
            ActionValues(tree, offsets, reach, value, q, unweighted, mass);
            LogitResponses(tree, lambda, offsets, q, unweighted, mass, previous, next);
            double damping = sweep < 50 ? 1 : sweep < 500 ? 0.5 : 0.2;
            double change = 0;
            for (int k = 0; k < sigma.Length; k++)
            {
                double updated = sigma[k] + (damping * (next[k] - sigma[k]));
                change = Math.Max(change, Math.Abs(updated - sigma[k]));
                sigma[k] = updated;
            }

            if (change < Tolerance)
            {
                return sweep + 1;
            }
        }

        return MaxSweeps;
    }

    private static void Evaluate(AgentTree tree, int[] offsets, double[] sigma, Span<double> reach, Span<double> value)
    {
        int players = tree.PlayerCount;
        var agentOf = tree.AgentOfNode;
        var first = tree.FirstChild;
        var count = tree.ChildCount;
        var children = tree.Children;
        var chance = tree.ChanceProbability;
        reach[0] = 1;
        for (int n = 0; n < agentOf.Length; n++)
        {
            int agent = agentOf[n];
            for (int a = 0; a < count[n]; a++)
            {
                int child = children[first[n] + a];
                reach[child] = reach[n] * (agent >= 0 ? sigma[offsets[agent] + a] : chance[child]);
            }
        }

        for (int n = agentOf.Length - 1; n >= 0; n--)
        {
            var slot = value.Slice(n * players, players);
            int agent = agentOf[n];
            if (agent == AgentTree.TerminalNode)
            {
                tree.Payoffs.AsSpan(n * players, players).CopyTo(slot);
                continue;
            }

            slot.Clear();
            for (int a = 0; a < count[n]; a++)
            {
                int child = children[first[n] + a];
                double p = agent >= 0 ? sigma[offsets[agent] + a] : chance[child];
                var childValue = value.Slice(child * players, players);
                for (int i = 0; i < players; i++)
                {
                    slot[i] += p * childValue[i];
                }
            }
        }
    }

    private static void ActionValues(
        AgentTree tree, int[] offsets, Span<double> reach, Span<double> value, Span<double> q, Span<double> unweighted, Span<double> mass)
    {
        int players = tree.PlayerCount;
        var agentOf = tree.AgentOfNode;
        var first = tree.FirstChild;
        var count = tree.ChildCount;
        var children = tree.Children;
        var agentPlayer = tree.AgentPlayerIndex;
        q.Clear();
        unweighted.Clear();
        mass.Clear();
        for (int n = 0; n < agentOf.Length; n++)
        {
            int agent = agentOf[n];
            if (agent < 0)
            {
                continue;
            }

            int player = agentPlayer[agent];
            double r = reach[n];
            mass[agent] += r;
            int start = offsets[agent];
            for (int a = 0; a < count[n]; a++)
            {
                double v = value[(children[first[n] + a] * players) + player];
                q[start + a] += r * v;
                unweighted[start + a] += v;
            }
        }
    }

    private static void LogitResponses(
        AgentTree tree, double lambda, int[] offsets, Span<double> q, Span<double> unweighted, Span<double> mass, Span<double> previous, Span<double> next)
    {
        var members = tree.AgentNodeCount;
        for (int j = 0; j < members.Length; j++)
        {
            int start = offsets[j], actions = offsets[j + 1] - start;
            bool reached = mass[j] > 1e-300;
            bool unchanged = true;
            for (int a = 0; a < actions; a++)
            {
                double v = reached ? q[start + a] / mass[j] : unweighted[start + a] / members[j];
                unchanged &= v == previous[start + a];
                previous[start + a] = v;
            }

            // An agent whose action values did not move keeps last sweep's response (next still holds it).
            if (unchanged)
            {
                continue;
            }

            double max = double.NegativeInfinity;
            for (int a = 0; a < actions; a++)
            {
                next[start + a] = previous[start + a];
                max = Math.Max(max, previous[start + a]);
            }

            double sum = 0;
            for (int a = 0; a < actions; a++)
            {
                double e = Math.Exp(lambda * (next[start + a] - max));
                next[start + a] = e;
                sum += e;
            }

            for (int a = 0; a < actions; a++)
            {
                next[start + a] /= sum;
            }
        }
    }
}
