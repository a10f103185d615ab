using Brink.Games.ExtensiveForm;

namespace Brink.Games.Solvers.QuantalResponse;

/// <summary>
/// Agent logit quantal-response equilibrium of a small tree at one precision λ: at every agent (information set),
/// σ(a) ∝ exp(λ · Q(a)), where Q(a) is the agent's expected payoff from action a over the set's nodes weighted by
/// how likely the profile is to reach them (uniformly when it reaches none). Solved by damped fixed-point
/// iteration from the uniform profile, sweeping the tree from the leaves up so that a response reaches the
/// agents above it within the same sweep (Gauss–Seidel; a leader-then-adversaries tree needs one sweep and one
/// to confirm). The iteration stays on the principal branch for the moderate λ a behavioural
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
        var offsets = tree.ActionOffsets;
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
        return Split(tree, sigma);
    }

    /// <summary>
    /// The QRE at <paramref name="lambda"/> from the uniform profile, written flat into <paramref name="profile"/>
    /// (agent j's actions from <see cref="AgentTree.ActionOffset"/>(j)), allocating nothing: a simulation solves a
    /// million decision points, and one array per agent per solve was a fifth of its garbage.
    /// </summary>
    public static void AtLambda(AgentTree tree, double lambda, Span<double> profile)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (!double.IsFinite(lambda) || lambda < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "λ must be finite and non-negative.");
        }

        var offsets = tree.ActionOffsets;
        if (profile.Length != offsets[tree.AgentCount])
        {
            throw new ArgumentException($"Expected {offsets[tree.AgentCount]} probabilities, one per action of every agent.", nameof(profile));
        }

        for (int j = 0; j < tree.AgentCount; j++)
        {
            int actions = tree.AgentActionCounts[j];
            profile.Slice(offsets[j], actions).Fill(1.0 / actions);
        }

        Iterate(tree, lambda, offsets, profile);
    }

    private static double[][] Split(AgentTree tree, double[] sigma)
    {
        var offsets = tree.ActionOffsets;
        int agents = tree.AgentCount;
        var result = new double[agents][];
        for (int j = 0; j < agents; j++)
        {
            result[j] = sigma.AsSpan(offsets[j], tree.AgentActionCounts[j]).ToArray();
        }

        return result;
    }

    private static int Iterate(AgentTree tree, double lambda, int[] offsets, Span<double> sigma)
    {
        int nodes = tree.NodeCount, players = tree.PlayerCount, agents = tree.AgentCount, width = sigma.Length;
        int size = nodes + (nodes * players) + (4 * width) + agents;

        // Small trees (the model's decision points) iterate on the stack: no garbage per solve.
        // Both branches start zeroed (stackalloc is zero-initialised: the assembly does not skip locals init).
        Span<double> workspace = size <= 2048 ? stackalloc double[size] : new double[size];
        var sweep = new Sweep(
            tree,
            lambda,
            offsets,
            sigma,
            workspace.Slice(0, nodes),
            workspace.Slice(nodes, nodes * players),
            workspace.Slice(nodes + (nodes * players), width),
            workspace.Slice(nodes + (nodes * players) + width, width),
            workspace.Slice(nodes + (nodes * players) + (2 * width), width),
            workspace.Slice(nodes + (nodes * players) + (3 * width), agents),
            workspace.Slice(nodes + (nodes * players) + (3 * width) + agents, width));
        sweep.Previous.Fill(double.NaN);

        // Terminal values never change: they are in place before the first sweep (the tree holds 0 elsewhere).
        tree.Payoffs.CopyTo(workspace.Slice(nodes, nodes * players));
        for (int k = 0; k < MaxSweeps; k++)
        {
            double damping = k < 50 ? 1 : k < 500 ? 0.5 : 0.2;
            if (sweep.Run(damping) < Tolerance)
            {
                return k + 1;
            }
        }

        return MaxSweeps;
    }

    /// <summary>
    /// One backward Gauss–Seidel sweep. Reach probabilities come from the profile at the start of the sweep;
    /// then nodes are valued from the leaves up, and an agent responds as soon as its lowest node is reached —
    /// by then all of its nodes, and everything below them, have been valued with the newest responses. On a
    /// tree where every agent's information set sits below the sets it depends on (a leader choosing before
    /// adversaries who see the choice), one sweep lands on the equilibrium and the next only confirms it.
    /// </summary>
    private readonly ref struct Sweep(
        AgentTree tree,
        double lambda,
        int[] offsets,
        Span<double> sigma,
        Span<double> reach,
        Span<double> value,
        Span<double> q,
        Span<double> unweighted,
        Span<double> next,
        Span<double> mass,
        Span<double> previous)
    {
        private readonly Span<double> sigma = sigma;
        private readonly Span<double> reach = reach;
        private readonly Span<double> value = value;
        private readonly Span<double> q = q;
        private readonly Span<double> unweighted = unweighted;
        private readonly Span<double> next = next;
        private readonly Span<double> mass = mass;

        /// <summary>Each agent's action values at the previous sweep (NaN before the first).</summary>
        public Span<double> Previous { get; } = previous;

        /// <summary>Runs the sweep; returns the largest change of any probability.</summary>
        public double Run(double damping)
        {
            var agentOf = tree.AgentOfNode;
            var first = tree.FirstChild;
            var count = tree.ChildCount;
            var children = tree.Children;
            var chance = tree.ChanceProbability;
            var agentPlayer = tree.AgentPlayerIndex;
            var agentFirst = tree.AgentFirstNode;
            int players = tree.PlayerCount;
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

            q.Clear();
            unweighted.Clear();
            mass.Clear();
            double change = 0;
            for (int n = agentOf.Length - 1; n >= 0; n--)
            {
                int agent = agentOf[n];
                if (agent == AgentTree.TerminalNode)
                {
                    continue;
                }

                var slot = value.Slice(n * players, players);

                if (agent >= 0)
                {
                    int player = agentPlayer[agent];
                    int start = offsets[agent];
                    mass[agent] += reach[n];
                    for (int a = 0; a < count[n]; a++)
                    {
                        double v = value[(children[first[n] + a] * players) + player];
                        q[start + a] += reach[n] * v;
                        unweighted[start + a] += v;
                    }

                    if (n == agentFirst[agent])
                    {
                        change = Math.Max(change, Respond(agent, damping));
                    }
                }

                // Written out rather than slot.Clear(): a call to clear two doubles cost more than the sweep's arithmetic.
                for (int i = 0; i < players; i++)
                {
                    slot[i] = 0;
                }

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

            return change;
        }

        /// <summary>Moves the agent toward its logit response; returns the largest change of its probabilities.</summary>
        private double Respond(int agent, double damping)
        {
            int start = offsets[agent], actions = offsets[agent + 1] - start;
            bool reached = mass[agent] > 1e-300;
            bool unchanged = true;
            for (int a = 0; a < actions; a++)
            {
                double v = reached ? q[start + a] / mass[agent] : unweighted[start + a] / tree.AgentNodeCount[agent];
                unchanged &= v == Previous[start + a];
                Previous[start + a] = v;
            }

            // An agent whose action values did not move keeps last sweep's response (next still holds it).
            if (!unchanged)
            {
                double max = double.NegativeInfinity;
                for (int a = 0; a < actions; a++)
                {
                    max = Math.Max(max, Previous[start + a]);
                }

                double sum = 0;
                for (int a = 0; a < actions; a++)
                {
                    double e = Math.Exp(lambda * (Previous[start + a] - max));
                    next[start + a] = e;
                    sum += e;
                }

                for (int a = 0; a < actions; a++)
                {
                    next[start + a] /= sum;
                }
            }

            double change = 0;
            for (int a = 0; a < actions; a++)
            {
                int k = start + a;
                double updated = sigma[k] + (damping * (next[k] - sigma[k]));
                change = Math.Max(change, Math.Abs(updated - sigma[k]));
                sigma[k] = updated;
            }

            return change;
        }
    }
}
