using System.Numerics;
using Brink.Games.Numerics;

namespace Brink.Games.Solvers.Lemke;

/// <summary>
/// <see cref="SequenceFormLemke"/>'s path in floating point: the same LCP, the same first pivot, the same
/// ratio test with ties broken the same way (the artificial variable first, then lexicographically over the
/// starting basis), on a tableau of double-doubles (about 32 digits) instead of big integers, so large trees
/// take seconds instead of the exact tableau's minutes (<see cref="DoubleDoubleTableau"/> sets rounding residues
/// to zero and says which ratios tie). The end point's sequence weights are turned back into the
/// small rationals they approximate; the caller must check the result exactly and fall back to the exact
/// tableau when it is not an equilibrium.
/// </summary>
internal static class FloatingSequenceFormLemke
{
    private const double RationalTolerance = 1e-13;
    private const long MaxDenominator = 1_000_000_000_000;
    private const long SmallDenominator = 1_000_000;
    private const long FineMaxDenominator = 1_000_000_000_000;
    private static readonly Rational FineTolerance = Rational.Create(1, BigInteger.Pow(10, 25));

    /// <summary>
    /// Both realisation plans at the end of the path, as rationals; null when the path cycles, runs past
    /// <paramref name="maxPivots"/> or ends on values that do not round.
    /// </summary>
    public static (Rational[] First, Rational[] Second, int Pivots)? TrySolve(SequenceForm form, int maxPivots = int.MaxValue)
    {
        var (m, q) = SequenceFormLemke.Build(form);

        // A path that ran out of budget is not tried again; one that cycled or lost its way in rounding is, under
        // the other order (on kuhn40, Gambit's order meets a false ray after 744,038 pivots; the other order's
        // path ends after 748,551 on an exact equilibrium).
        var gambit = TrySolve(form, m, q, SequenceFormLemke.GambitOrder(q.Length), maxPivots, out bool outOfBudget);
        return gambit ?? (outOfBudget ? null : TrySolve(form, m, q, SequenceFormLemke.LexPositiveOrder(form), maxPivots, out _));
    }

    /// <summary>The floating path under one tie-breaking order of the slack columns, with no budget.</summary>
    internal static (Rational[] First, Rational[] Second, int Pivots)? TrySolve(SequenceForm form, int[] lexOrder)
    {
        var (m, q) = SequenceFormLemke.Build(form);
        return TrySolve(form, m, q, lexOrder, int.MaxValue, out _);
    }

    private static (Rational[] First, Rational[] Second, int Pivots)? TrySolve(
        SequenceForm form, Rational[,] m, Rational[] q, int[] lexOrder, int maxPivots, out bool outOfBudget)
    {
        outOfBudget = false;
        int n = q.Length;
        int width = (2 * n) + 2, artificial = 2 * n, rhs = (2 * n) + 1;
        var rows = new DoubleDouble[n][];
        for (int i = 0; i < n; i++)
        {
            var row = rows[i] = new DoubleDouble[width];
            row[i] = 1;
            for (int j = 0; j < n; j++)
            {
                row[n + j] = DoubleDouble.FromRational(-m[i, j]);
            }

            row[artificial] = -1;
            row[rhs] = DoubleDouble.FromRational(q[i]);
        }

        var basis = Enumerable.Range(0, n).ToArray();
        var tableau = new DoubleDoubleTableau(rows, basis);
        var ratios = new DoubleDouble[n];
        int leavingRow = SequenceFormLemke.FirstLeavingRow(form);
        int leaving = basis[leavingRow];
        tableau.Pivot(leavingRow, artificial);
        ulong key = basis.Aggregate(0UL, (k, v) => k ^ SequenceFormLemke.BasisKey(v));
        var seen = new HashSet<ulong> { key };
        int pivots = 1;
        while (leaving != artificial)
        {
            int entering = leaving < n ? leaving + n : leaving - n;
            int row = RatioTest(rows, basis, entering, artificial, lexOrder, ratios);
            if (row < 0 || pivots >= maxPivots)
            {
                outOfBudget = row >= 0;
                return null;
            }

            leaving = basis[row];
            tableau.Pivot(row, entering);
            pivots++;
            key ^= SequenceFormLemke.BasisKey(leaving) ^ SequenceFormLemke.BasisKey(entering);
            if (leaving != artificial && !seen.Add(key))
            {
                return null;
            }
        }

        var values = new DoubleDouble[2 * n];
        for (int i = 0; i < n; i++)
        {
            values[basis[i]] = rows[i][rhs];
        }

        int ns1 = form.SequenceCounts[0], ns2 = form.SequenceCounts[1];
        var first = Round(values.AsSpan(n, ns1));
        var second = Round(values.AsSpan(n + ns1, ns2));
        return first is null || second is null ? null : (first, second, pivots);
    }

    /// <summary>
    /// Each weight as the rational it approximates: the simplest within 1e-13 when that has a small denominator
    /// (most plans), else the simplest within 1e-25 of the full double-double value, which tells apart fractions
    /// with denominators up to about 10¹² (an LP vertex of a large tree can have such). Null when a weight does not
    /// round or rounds below zero.
    /// </summary>
    internal static Rational[]? Round(ReadOnlySpan<DoubleDouble> plan)
    {
        var result = new Rational[plan.Length];
        for (int s = 0; s < plan.Length; s++)
        {
            var value = Rational.Simplest(plan[s].ToDouble(), RationalTolerance, MaxDenominator);
            if (value is not { } small || small.Denominator > SmallDenominator)
            {
                var exact = Rational.FromDouble(plan[s].Hi) + Rational.FromDouble(plan[s].Lo);
                value = Rational.Simplest(exact, FineTolerance, FineMaxDenominator);
            }

            if (value is not { } rounded || rounded.Sign < 0)
            {
                return null;
            }

            result[s] = rounded;
        }

        return result;
    }

    /// <summary>
    /// Minimum ratio rhs/entry over positive entries; among ties <paramref name="preferred"/>'s row, else the
    /// lexicographically smallest (or, with <paramref name="lexMaximum"/>, largest) row over the starting basis's
    /// columns in the given order, as <see cref="FractionFreeTableau.RatioTest"/> does exactly. -1 for a ray.
    /// </summary>
    internal static int RatioTest(
        DoubleDouble[][] rows, int[] basis, int entering, int preferred, int[] lexOrder, DoubleDouble[] ratios, bool lexMaximum = false)
    {
        int rhs = rows[0].Length - 1;
        var best = new DoubleDouble(double.PositiveInfinity, 0);
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i][entering].Sign > 0)
            {
                ratios[i] = rows[i][rhs] / rows[i][entering];
                best = ratios[i] < best ? ratios[i] : best;
            }
        }

        if (double.IsPositiveInfinity(best.Hi))
        {
            return -1;
        }

        int chosen = -1;
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i][entering].Sign <= 0 || !DoubleDoubleTableau.Tied(ratios[i], best))
            {
                continue;
            }

            if (basis[i] == preferred)
            {
                return i;
            }

            if (chosen < 0 || (lexMaximum
                ? LexLess(rows[chosen], rows[i], entering, lexOrder)
                : LexLess(rows[i], rows[chosen], entering, lexOrder)))
            {
                chosen = i;
            }
        }

        return chosen;
    }

    // a[c]/a[e] against b[c]/b[e] column by column, by cross products (both entering entries are positive).
    private static bool LexLess(DoubleDouble[] a, DoubleDouble[] b, int entering, int[] lexOrder)
    {
        var (ae, be) = (a[entering], b[entering]);
        foreach (int column in lexOrder)
        {
            var (ac, bc) = (a[column], b[column]);
            if (ac.IsZero && bc.IsZero)
            {
                continue;
            }

            // Most columns differ clearly in the leading doubles; only near-ties need the full products.
            double left = ac.Hi * be.Hi, right = bc.Hi * ae.Hi;
            if (Math.Abs(left - right) > 1e-12 * Math.Max(Math.Abs(left), Math.Abs(right)))
            {
                return left < right;
            }

            var (l, r) = (ac * be, bc * ae);
            if (!DoubleDoubleTableau.Tied(l, r))
            {
                return l < r;
            }
        }

        return false;
    }
}
