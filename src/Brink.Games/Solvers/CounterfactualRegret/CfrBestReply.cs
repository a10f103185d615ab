namespace Brink.Games.Solvers.CounterfactualRegret;

/// <summary>
/// Exploitability of a behaviour profile on a <see cref="CfrTree"/>, by each player's best reply against the
/// other's behaviour: it reads only the profile, never CFR's regrets or values. For player p, every node gets the
/// probability that chance and the opponent reach it; p's sets are then decided bottom-up, each taking the action
/// whose members' subtrees give the largest sum of (that reach × p's payoff). In a constant-sum game
/// NashConv = BR₁ + BR₂ − (v₁ + v₂) = BR₁(u₁) + BR₂(−u₁), so no value of the profile itself is needed.
/// Reuses its buffers; not thread-safe.
/// </summary>
internal sealed class CfrBestReply
{
    private readonly CfrTree tree;
    private readonly double[] reach;
    private readonly double[] below;
    private readonly int[] stamp;
    private readonly int[] choice;
    private int now;

    public CfrBestReply(CfrTree tree)
    {
        this.tree = tree;
        reach = new double[tree.NodeCount];
        below = new double[tree.NodeCount];
        stamp = new int[tree.NodeCount];
        choice = new int[tree.SlotCount];
    }

    /// <summary>NashConv/2 of <paramref name="strategy"/> (one probability per slot).</summary>
    public double Exploitability(double[] strategy) => (BestReplyValue(strategy, 0) + BestReplyValue(strategy, 1)) / 2;

    /// <summary>The most player <paramref name="player"/> (0 or 1) gets in player-1 payoffs signed for it (−u₁ for player 2).</summary>
    public double BestReplyValue(double[] strategy, int player)
    {
        FillReach(0, 1, player, strategy);
        now++;
        double sign = player == 0 ? 1 : -1;
        foreach (int set in tree.BottomUp[player])
        {
            int first = tree.SetSlot[set], best = 0;
            double bestTotal = double.NegativeInfinity;
            for (int a = 0; a < tree.SetActions[set]; a++)
            {
                double total = 0;
                foreach (int member in tree.SetMembers[set])
                {
                    total += Below(tree.Children[tree.FirstChild[member] + a], player, sign);
                }

                if (total > bestTotal)
                {
                    (best, bestTotal) = (a, total);
                }
            }

            choice[first] = best;
        }

        return Below(0, player, sign);
    }

    private void FillReach(int node, double probability, int player, double[] strategy)
    {
        reach[node] = probability;
        int mover = tree.Mover[node], first = tree.FirstChild[node];
        for (int a = 0; a < tree.ChildCount[node]; a++)
        {
            double factor = mover == 0 ? tree.ChanceProbability[first + a]
                : mover == player + 1 ? 1
                : strategy[tree.Slot[node] + a];
            FillReach(tree.Children[first + a], probability * factor, player, strategy);
        }
    }

    // Σ over terminals below node, with p's decided choices, of (chance × opponent reach) × p's signed payoff.
    private double Below(int node, int player, double sign)
    {
        if (stamp[node] == now)
        {
            return below[node];
        }

        int mover = tree.Mover[node], first = tree.FirstChild[node];
        double value;
        if (mover < 0)
        {
            value = reach[node] * sign * tree.Payoff[node];
        }
        else if (mover == player + 1)
        {
            value = Below(tree.Children[first + choice[tree.Slot[node]]], player, sign);
        }
        else
        {
            value = 0;
            for (int a = 0; a < tree.ChildCount[node]; a++)
            {
                value += Below(tree.Children[first + a], player, sign);
            }
        }

        (below[node], stamp[node]) = (value, now);
        return value;
    }
}
