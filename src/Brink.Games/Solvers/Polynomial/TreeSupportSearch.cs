using System.Globalization;
using Brink.Games.Numerics;
using Brink.Games.Profiles;
using Brink.Games.Solvers.Lemke;

namespace Brink.Games.Solvers.Polynomial;

/// <summary>
/// enumpoly on the tree of a two-player game, as <c>gambit-enumpoly</c> searches behaviour supports. A support of a
/// player is a set of sequences closed under prefixes: at every information set its play reaches, a non-empty
/// subset of the actions (sets it rules out have no say in the realization plan, so each support stands for all
/// behaviour supports that differ only there). Given a pair of supports the sequence-form equilibrium conditions
/// are linear and split in two: player p's realization plan z (E z = e, zero outside p's support) and the other
/// player q's values v (one per reached set and the root) satisfy, for every sequence τ of q's support,
/// (U_q z)_τ + Σ_{h' after τ} v_h' = v_h(τ). The system is square exactly when both supports mix equally
/// often (Σ over reached sets of (actions − 1)), as in the normal form; other pairs and singular systems
/// (continua) are skipped. Each system is solved in doubles, kept when the plan is nonnegative and no sequence
/// of q does better (q's best reply to z by backward induction over its sets, which covers the inequalities for
/// sequences outside the support), then solved again exactly in rationals and checked exactly. Stateless.
/// </summary>
internal static class TreeSupportSearch
{
    /// <summary>Most supports listed for one player.</summary>
    public const int MaxSupportsPerPlayer = 200_000;

    /// <summary>Most support pairs (with equal mixing) solved.</summary>
    public const double MaxPairs = 1_000_000;

    private const double Singular = 1e-11;
    private const double Filter = 1e-7;

    /// <summary>The equilibria as exact realization plans (per player, per sequence) and the number of pairs solved.</summary>
    public static (List<Rational[][]> Plans, int Solved) Search(SequenceForm form)
    {
        var trees = new[] { new OwnTree(form, 0), new OwnTree(form, 1) };
        var supports = trees.Select(t => t.Supports()).ToArray();
        int maxDegree = supports.SelectMany(s => s).Select(s => s.Degree).DefaultIfEmpty(0).Max();
        var buckets = supports.Select(list => Enumerable.Range(0, maxDegree + 1).Select(d => list.Where(s => s.Degree == d).ToList()).ToArray()).ToArray();
        double pairs = Enumerable.Range(0, maxDegree + 1).Sum(d => (double)buckets[0][d].Count * buckets[1][d].Count);
        if (pairs > MaxPairs)
        {
            throw new SolverNotApplicableException(string.Create(CultureInfo.InvariantCulture,
                $"enumpoly on the tree would solve {pairs:0.##e+0} pairs of behaviour supports, more than {MaxPairs:N0}"));
        }

        var payoffs = new double[2][,];
        var exact = new Rational[2][,];
        double scale = 1;
        for (int p = 0; p < 2; p++)
        {
            payoffs[p] = new double[form.SequenceCounts[0], form.SequenceCounts[1]];
            exact[p] = new Rational[form.SequenceCounts[0], form.SequenceCounts[1]];
            for (int s = 0; s < form.SequenceCounts[0]; s++)
            {
                for (int t = 0; t < form.SequenceCounts[1]; t++)
                {
                    exact[p][s, t] = form.ShiftedPayoff(p, s, t);
                    payoffs[p][s, t] = exact[p][s, t].ToDouble();
                    scale = Math.Max(scale, Math.Abs(payoffs[p][s, t]));
                }
            }
        }

        var plans = new List<Rational[][]>();
        int solved = 0;
        for (int d = 0; d <= maxDegree; d++)
        {
            foreach (var first in buckets[0][d])
            {
                foreach (var second in buckets[1][d])
                {
                    solved++;
                    var own = new[] { first, second };
                    // Player 2's plan is pinned by player 1's indifference, and the other way round.
                    if (FloatingPlan(trees, payoffs, own, 1, scale) is null || FloatingPlan(trees, payoffs, own, 0, scale) is null)
                    {
                        continue;
                    }

                    var x = ExactPlan(trees, exact, own, 0);
                    var y = ExactPlan(trees, exact, own, 1);
                    if (x is not null && y is not null && !plans.Any(q => q[0].SequenceEqual(x) && q[1].SequenceEqual(y)))
                    {
                        plans.Add([x, y]);
                    }
                }
            }
        }

        return (plans, solved);
    }

    // Player p's plan on the pair's supports from q's indifference, in doubles; null when the system is singular,
    // the plan has a negative weight or some sequence of q does better than q's support. A filter only: the exact
    // solve decides (and requires every supported weight to be positive).
    private static double[]? FloatingPlan(OwnTree[] trees, double[][,] payoffs, Support[] own, int p, double scale)
    {
        int q = 1 - p;
        var (planTree, otherTree) = (trees[p], trees[q]);
        var (planSupport, otherSupport) = (own[p], own[q]);
        int n = planSupport.Sequences.Length + 1 + otherSupport.ReachedSets.Length;
        var a = new double[n * n];
        var b = new double[n];
        int row = 0;
        FillPlanRows(planTree, planSupport, (r, c, v) => a[(r * n) + c] = v, ref row);
        b[0] = 1;
        var column = planSupport.Column;
        int duals = planSupport.Sequences.Length;
        foreach (int t in otherSupport.Sequences)
        {
            foreach (int s in planSupport.Sequences)
            {
                a[(row * n) + column[s]] = OtherPayoff(payoffs, p, s, t);
            }

            FillDualTerms(otherTree, otherSupport, t, duals, (c, v) => a[(row * n) + c] += v);
            row++;
        }

        var solution = DenseLinear.SolveInPlace(a, b, n, Singular);
        if (solution is null || planSupport.Sequences.Any(s => solution[column[s]] < -Filter))
        {
            return null;
        }

        var plan = new double[planTree.SequenceCount];
        foreach (int s in planSupport.Sequences)
        {
            plan[s] = solution[column[s]];
        }

        var values = new double[otherTree.SequenceCount];
        for (int t = 0; t < values.Length; t++)
        {
            foreach (int s in planSupport.Sequences)
            {
                values[t] += OtherPayoff(payoffs, p, s, t) * plan[s];
            }
        }

        return otherTree.BestReply(values, double.Max, 0.0, (x, y) => x + y) <= solution[duals] + (Filter * scale) ? plan : null;
    }

    // The same exactly: the plan, or null when it is singular, negative somewhere or some sequence of q does better.
    private static Rational[]? ExactPlan(OwnTree[] trees, Rational[][,] payoffs, Support[] own, int p)
    {
        int q = 1 - p;
        var (planTree, otherTree) = (trees[p], trees[q]);
        var (planSupport, otherSupport) = (own[p], own[q]);
        int n = planSupport.Sequences.Length + 1 + otherSupport.ReachedSets.Length;
        var equations = Enumerable.Range(0, n).Select(_ => new Dictionary<int, Rational>()).ToArray();
        var rhs = new Rational[n];
        rhs[0] = Rational.One;
        int row = 0;
        FillPlanRows(planTree, planSupport, (r, c, v) => equations[r][c] = v, ref row);
        var column = planSupport.Column;
        int duals = planSupport.Sequences.Length;
        foreach (int t in otherSupport.Sequences)
        {
            foreach (int s in planSupport.Sequences)
            {
                var v = OtherPayoff(payoffs, p, s, t);
                if (!v.IsZero)
                {
                    equations[row][column[s]] = v;
                }
            }

            var current = equations[row];
            FillDualTerms(otherTree, otherSupport, t, duals, (c, v) => current[c] = current.GetValueOrDefault(c) + v);
            row++;
        }

        var solution = SparseRationalSystem.Solve(equations, rhs);
        if (solution is null || planSupport.Sequences.Any(s => solution[column[s]].Sign <= 0))
        {
            return null;
        }

        var plan = Enumerable.Repeat(Rational.Zero, planTree.SequenceCount).ToArray();
        foreach (int s in planSupport.Sequences)
        {
            plan[s] = solution[column[s]];
        }

        var values = Enumerable.Repeat(Rational.Zero, otherTree.SequenceCount).ToArray();
        for (int t = 0; t < values.Length; t++)
        {
            foreach (int s in planSupport.Sequences)
            {
                values[t] += OtherPayoff(payoffs, p, s, t) * plan[s];
            }
        }

        return otherTree.BestReply(values, Rational.Max, Rational.Zero, (x, y) => x + y) <= solution[duals] ? plan : null;
    }

    // The other player's (q = 1 − p) payoff when p plays sequence s and q plays t; payoffs are indexed
    // [player][first player's sequence, second player's sequence].
    private static T OtherPayoff<T>(T[][,] payoffs, int p, int s, int t) => p == 0 ? payoffs[1][s, t] : payoffs[0][t, s];

    // Rows of E z = e restricted to the support: the root, then one per reached set.
    private static void FillPlanRows(OwnTree tree, Support support, Action<int, int, double> set, ref int row) =>
        FillPlanRows(tree, support, (r, c, v) => set(r, c, v.ToDouble()), ref row);

    private static void FillPlanRows(OwnTree tree, Support support, Action<int, int, Rational> set, ref int row)
    {
        set(row++, support.Column[0], Rational.One);
        foreach (int h in support.ReachedSets)
        {
            set(row, support.Column[tree.Parent[h]], -Rational.One);
            for (int a = 0; a < tree.Actions[h]; a++)
            {
                int s = tree.First[h] + a;
                if (support.Contains[s])
                {
                    set(row, support.Column[s], Rational.One);
                }
            }

            row++;
        }
    }

    // The dual terms of q's sequence t: minus the value of the set t ends at (the root for the empty one), plus
    // the values of the sets that follow t.
    private static void FillDualTerms(OwnTree tree, Support support, int t, int offset, Action<int, double> add) =>
        FillDualTerms(tree, support, t, offset, (c, v) => add(c, v.ToDouble()));

    private static void FillDualTerms(OwnTree tree, Support support, int t, int offset, Action<int, Rational> add)
    {
        add(offset + (t == 0 ? 0 : 1 + support.SetRank[tree.SetOf[t]]), -Rational.One);
        foreach (int h in tree.ChildSets[t])
        {
            add(offset + 1 + support.SetRank[h], Rational.One);
        }
    }

    /// <summary>A support of one player: its sequences (the empty one first), the sets it reaches, how often it mixes.</summary>
    private sealed record Support(int[] Sequences, bool[] Contains, int[] Column, int[] ReachedSets, int[] SetRank, int Degree);

    /// <summary>One player's sequences and sets as the sequence form numbers them.</summary>
    private sealed class OwnTree
    {
        public OwnTree(SequenceForm form, int player)
        {
            int sets = form.InformationSetCount(player);
            SequenceCount = form.SequenceCounts[player];
            Parent = [.. form.ParentSequences[player]];
            First = [.. form.FirstSequences[player]];
            Actions = [.. Enumerable.Range(0, sets).Select(h => form.ActionCount(player, h))];
            SetOf = new int[SequenceCount];
            SetOf[0] = -1;
            var children = Enumerable.Range(0, SequenceCount).Select(_ => new List<int>()).ToArray();
            for (int h = 0; h < sets; h++)
            {
                children[Parent[h]].Add(h);
                for (int a = 0; a < Actions[h]; a++)
                {
                    SetOf[First[h] + a] = h;
                }
            }

            ChildSets = [.. children.Select(c => c.ToArray())];
            // Sets with every set before the one its parent sequence ends at (breadth first from the root).
            var order = new List<int>();
            var queue = new Queue<int>([0]);
            while (queue.Count > 0)
            {
                foreach (int h in ChildSets[queue.Dequeue()])
                {
                    order.Add(h);
                    for (int a = 0; a < Actions[h]; a++)
                    {
                        queue.Enqueue(First[h] + a);
                    }
                }
            }

            Order = [.. order];
        }

        public int SequenceCount { get; }

        public int[] Parent { get; }

        public int[] First { get; }

        public int[] Actions { get; }

        public int[] SetOf { get; }

        public int[][] ChildSets { get; }

        public int[] Order { get; }

        /// <summary>Every support, refused past <see cref="MaxSupportsPerPlayer"/> (counted before listing any).</summary>
        public List<Support> Supports()
        {
            // A set offers Π_a (1 + supports below a) − 1 choices; a sequence, the product over the sets after it.
            var below = new double[Parent.Length];
            double Sequence(int s) => ChildSets[s].Aggregate(1.0, (product, h) => product * below[h]);
            for (int k = Order.Length - 1; k >= 0; k--)
            {
                int h = Order[k];
                below[h] = Enumerable.Range(0, Actions[h]).Aggregate(1.0, (product, a) => product * (1 + Sequence(First[h] + a))) - 1;
            }

            if (Sequence(0) > MaxSupportsPerPlayer)
            {
                throw new SolverNotApplicableException(string.Create(CultureInfo.InvariantCulture,
                    $"enumpoly on the tree would list {Sequence(0):0.##e+0} behaviour supports of one player, more than {MaxSupportsPerPlayer:N0}"));
            }

            var result = new List<Support>();
            var contains = new bool[SequenceCount];
            contains[0] = true;
            Enumerate(0, contains, result);
            return result;
        }

        /// <summary>
        /// The value of a best reply when each sequence t earns values[t] (a payoff times the others' plan), by
        /// backward induction over the sets: the root's value.
        /// </summary>
        public T BestReply<T>(T[] values, Func<T, T, T> max, T zero, Func<T, T, T> add)
        {
            var setValue = new T[Parent.Length];
            for (int k = Order.Length - 1; k >= 0; k--)
            {
                int h = Order[k];
                T best = default!;
                for (int a = 0; a < Actions[h]; a++)
                {
                    int s = First[h] + a;
                    T value = ChildSets[s].Aggregate(values[s], (acc, c) => add(acc, setValue[c]));
                    best = a == 0 ? value : max(best, value);
                }

                setValue[h] = best;
            }

            return ChildSets[0].Aggregate(add(zero, values[0]), (acc, c) => add(acc, setValue[c]));
        }

        private void Enumerate(int k, bool[] contains, List<Support> result)
        {
            if (k == Order.Length)
            {
                result.Add(Build(contains));
                return;
            }

            int h = Order[k];
            if (!contains[Parent[h]])
            {
                Enumerate(k + 1, contains, result);
                return;
            }

            for (int mask = 1; mask < 1 << Actions[h]; mask++)
            {
                for (int a = 0; a < Actions[h]; a++)
                {
                    contains[First[h] + a] = (mask & (1 << a)) != 0;
                }

                Enumerate(k + 1, contains, result);
            }

            for (int a = 0; a < Actions[h]; a++)
            {
                contains[First[h] + a] = false;
            }
        }

        private Support Build(bool[] contains)
        {
            var sequences = Enumerable.Range(0, SequenceCount).Where(s => contains[s]).ToArray();
            var column = new int[SequenceCount];
            Array.Fill(column, -1);
            for (int i = 0; i < sequences.Length; i++)
            {
                column[sequences[i]] = i;
            }

            var reached = Enumerable.Range(0, Parent.Length).Where(h => contains[Parent[h]]).ToArray();
            var rank = new int[Parent.Length];
            Array.Fill(rank, -1);
            for (int i = 0; i < reached.Length; i++)
            {
                rank[reached[i]] = i;
            }

            return new Support(sequences, (bool[])contains.Clone(), column, reached, rank, sequences.Length - 1 - reached.Length);
        }
    }
}
