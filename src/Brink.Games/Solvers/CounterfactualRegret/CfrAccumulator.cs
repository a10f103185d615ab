namespace Brink.Games.Solvers.CounterfactualRegret;

/// <summary>
/// CFR's mutable state on a <see cref="CfrTree"/>: cumulative regrets, the current strategy derived from them and
/// the weighted sums behind the average strategy, one entry per action slot. One iteration is one traversal per
/// player (both from the same strategies for vanilla CFR, in turn for the other variants); nothing is allocated
/// after construction.
/// </summary>
internal sealed class CfrAccumulator
{
    // DCFR's discount exponents (Brown and Sandholm 2019, the values they recommend).
    private const double Alpha = 1.5;
    private const double Gamma = 2;

    private readonly CfrTree tree;
    private readonly CfrVariant variant;
    private readonly double[] regret;
    private readonly double[] current;
    private readonly double[] averageSum;
    private readonly double[] ownReach;
    private readonly double[] actionValue;

    public CfrAccumulator(CfrTree tree, CfrVariant variant)
    {
        this.tree = tree;
        this.variant = variant;
        regret = new double[tree.SlotCount];
        current = new double[tree.SlotCount];
        averageSum = new double[tree.SlotCount];
        ownReach = new double[tree.SetCount];
        actionValue = new double[tree.Children.Length];
        MatchRegrets(0);
        MatchRegrets(1);
    }

    /// <summary>Iterations completed.</summary>
    public int Iterations { get; private set; }

    /// <summary>Runs iteration <see cref="Iterations"/> + 1.</summary>
    public void Iterate()
    {
        int t = ++Iterations;
        if (variant == CfrVariant.Vanilla)
        {
            // Zinkevich et al.'s simultaneous form: both players regret against the same iteration's strategies.
            Accumulate(0, 1);
            Accumulate(1, 1);
            TraverseBoth(0, 1, 1, 1);
            MatchRegrets(0);
            MatchRegrets(1);
            return;
        }

        double averageWeight = variant == CfrVariant.Discounted ? Math.Pow(t, Gamma) : t;
        double regretWeight = variant == CfrVariant.Linear ? t : 1;
        // In turn: player 2's traversal already faces player 1's strategy from this iteration's regrets.
        for (int player = 0; player < 2; player++)
        {
            Accumulate(player, averageWeight);
            Traverse(0, player, 1, regretWeight);
            Discount(player, t);
            MatchRegrets(player);
        }
    }

    /// <summary>The average strategy, normalised per set; uniform at a set its player never reached.</summary>
    public void Average(double[] strategy)
    {
        for (int s = 0; s < tree.SetCount; s++)
        {
            int first = tree.SetSlot[s], count = tree.SetActions[s];
            double total = 0;
            for (int a = 0; a < count; a++)
            {
                total += averageSum[first + a];
            }

            for (int a = 0; a < count; a++)
            {
                strategy[first + a] = total > 0 ? averageSum[first + a] / total : 1.0 / count;
            }
        }
    }

    // Regret matching: play in proportion to positive cumulative regret, uniformly when none is positive.
    private void MatchRegrets(int player)
    {
        for (int s = 0; s < tree.SetCount; s++)
        {
            if (tree.SetPlayer[s] != player + 1)
            {
                continue;
            }

            int first = tree.SetSlot[s], count = tree.SetActions[s];
            double positive = 0;
            for (int a = 0; a < count; a++)
            {
                positive += Math.Max(regret[first + a], 0);
            }

            for (int a = 0; a < count; a++)
            {
                current[first + a] = positive > 0 ? Math.Max(regret[first + a], 0) / positive : 1.0 / count;
            }
        }
    }

    // The average strategy weighs each set's current strategy by the player's own reach of that set. A set's own
    // reach is its parent sequence's, so one pass in order of first appearance (parents first) gives them all,
    // independently of which nodes the traversal prunes.
    private void Accumulate(int player, double weight)
    {
        for (int s = 0; s < tree.SetCount; s++)
        {
            if (tree.SetPlayer[s] != player + 1)
            {
                continue;
            }

            int parent = tree.SetParentSlot[s];
            double reach = parent < 0 ? 1 : ownReach[tree.SlotSet[parent]] * current[parent];
            ownReach[s] = reach;
            if (reach == 0)
            {
                continue;
            }

            int first = tree.SetSlot[s];
            for (int a = 0; a < tree.SetActions[s]; a++)
            {
                averageSum[first + a] += weight * reach * current[first + a];
            }
        }
    }

    // Returns the traverser's expected payoff below node given the others' reach, adding
    // regretWeight × others' reach × (action value − node value) to the traverser's regrets on the way up.
    // A subtree the others never reach changes no regret and is skipped.
    private double Traverse(int node, int traverser, double othersReach, double regretWeight)
    {
        int mover = tree.Mover[node];
        if (mover < 0)
        {
            return traverser == 0 ? tree.Payoff[node] : -tree.Payoff[node];
        }

        int first = tree.FirstChild[node], count = tree.ChildCount[node];
        double value = 0;
        if (mover == 0)
        {
            for (int a = 0; a < count; a++)
            {
                double p = tree.ChanceProbability[first + a];
                value += p * Traverse(tree.Children[first + a], traverser, othersReach * p, regretWeight);
            }

            return value;
        }

        int slot = tree.Slot[node];
        if (mover != traverser + 1)
        {
            for (int a = 0; a < count; a++)
            {
                double p = current[slot + a];
                if (p > 0)
                {
                    value += p * Traverse(tree.Children[first + a], traverser, othersReach * p, regretWeight);
                }
            }

            return value;
        }

        for (int a = 0; a < count; a++)
        {
            double v = Traverse(tree.Children[first + a], traverser, othersReach, regretWeight);
            actionValue[first + a] = v;
            value += current[slot + a] * v;
        }

        double scale = regretWeight * othersReach;
        for (int a = 0; a < count; a++)
        {
            regret[slot + a] += scale * (actionValue[first + a] - value);
        }

        return value;
    }

    // Vanilla CFR's simultaneous update in one pass: returns player 1's expected payoff below node and adds to each
    // player's regrets weighted by the other's reach times chance's. A subtree neither player's opponent reaches
    // changes no regret and is skipped.
    private double TraverseBoth(int node, double reach1, double reach2, double chance)
    {
        int mover = tree.Mover[node];
        if (mover < 0)
        {
            return tree.Payoff[node];
        }

        if (reach1 == 0 && reach2 == 0)
        {
            return 0;
        }

        int first = tree.FirstChild[node], count = tree.ChildCount[node];
        double value = 0;
        if (mover == 0)
        {
            for (int a = 0; a < count; a++)
            {
                double p = tree.ChanceProbability[first + a];
                value += p * TraverseBoth(tree.Children[first + a], reach1, reach2, chance * p);
            }

            return value;
        }

        int slot = tree.Slot[node];
        for (int a = 0; a < count; a++)
        {
            double p = current[slot + a];
            double v = mover == 1
                ? TraverseBoth(tree.Children[first + a], reach1 * p, reach2, chance)
                : TraverseBoth(tree.Children[first + a], reach1, reach2 * p, chance);
            actionValue[first + a] = v;
            value += p * v;
        }

        // Player 2's payoff is player 1's negated (up to the constant sum), so its regrets take the opposite sign.
        double scale = mover == 1 ? reach2 * chance : -reach1 * chance;
        for (int a = 0; a < count; a++)
        {
            regret[slot + a] += scale * (actionValue[first + a] - value);
        }

        return value;
    }

    // What each variant does to a player's cumulative regrets once its update is in.
    private void Discount(int player, int t)
    {
        if (variant is not (CfrVariant.Plus or CfrVariant.Discounted))
        {
            return;
        }

        double positiveFactor = 1;
        if (variant == CfrVariant.Discounted)
        {
            double power = Math.Pow(t, Alpha);
            positiveFactor = power / (power + 1);
        }

        for (int s = 0; s < tree.SetCount; s++)
        {
            if (tree.SetPlayer[s] != player + 1)
            {
                continue;
            }

            int first = tree.SetSlot[s];
            for (int a = first; a < first + tree.SetActions[s]; a++)
            {
                // CFR+ floors at zero; DCFR with β = 0 halves negative regrets.
                double r = regret[a];
                regret[a] = r > 0 ? r * positiveFactor : variant == CfrVariant.Plus ? 0 : r * 0.5;
            }
        }
    }
}
