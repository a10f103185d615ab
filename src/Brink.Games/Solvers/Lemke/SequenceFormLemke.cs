using System.Numerics;
using Brink.Games.Numerics;

namespace Brink.Games.Solvers.Lemke;

/// <summary>
/// Lemke's algorithm with covering vector 1 on the sequence-form LCP of Koller, Megiddo and von Stengel (1996):
/// z = (x, y, p, q) ≥ 0, w = q̄ + M z ≥ 0, zᵀw = 0, with w_x = -A y - Eᵀp, w_y = -Bᵀx - Fᵀq, w_p = E x - e,
/// w_q = F y - f. A and B are shifted negative, which lets the duals p and q be taken nonnegative.
/// </summary>
internal static class SequenceFormLemke
{
    /// <summary>Both players' realisation plans (sequence weights) at the equilibrium Lemke's path ends on.</summary>
    public static (Rational[] First, Rational[] Second, int Pivots) Solve(SequenceForm form)
    {
        var (m, q) = Build(form);
        return Solve(form, m, q, GambitOrder(q.Length)) ?? Solve(form, m, q, LexPositiveOrder(form))
            ?? throw new InvalidOperationException("Lemke's path cycled even under a lexicographically positive order.");
    }

    /// <summary>The exact path under one tie-breaking order of the slack columns; null when it cycles.</summary>
    internal static (Rational[] First, Rational[] Second, int Pivots)? Solve(SequenceForm form, int[] lexOrder)
    {
        var (m, q) = Build(form);
        return Solve(form, m, q, lexOrder);
    }

    /// <summary>
    /// Gambit's tie-breaking order: the slack columns in index order. After the first pivot the row of player 2's
    /// root constraint is degenerate and lexicographically negative under it, so on some large trees the path
    /// can cycle; <see cref="LexPositiveOrder"/> is the fallback.
    /// </summary>
    internal static int[] GambitOrder(int n) => [.. Enumerable.Range(0, n)];

    /// <summary>
    /// The slack columns with player 2's root constraint first: every row is lexicographically positive after
    /// the first pivot, so the lexicographic rule provably never revisits a basis.
    /// </summary>
    internal static int[] LexPositiveOrder(SequenceForm form)
    {
        int secondRoot = SecondRootRow(form);
        return [secondRoot, .. Enumerable.Range(0, Size(form)).Where(c => c != secondRoot)];
    }

    /// <summary>Rows of the LCP: both players' sequences and information-set constraints, roots included.</summary>
    internal static int Size(SequenceForm form) =>
        form.SequenceCounts[0] + form.SequenceCounts[1] + form.InformationSetCount(0) + form.InformationSetCount(1) + 2;

    /// <summary>Zobrist key of a set of basic variables: adding or removing one is one exclusive or.</summary>
    internal static ulong BasisKey(int variable)
    {
        unchecked
        {
            ulong z = (ulong)(variable + 1) * 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private static int SecondRootRow(SequenceForm form) =>
        form.SequenceCounts[0] + form.SequenceCounts[1] + form.InformationSetCount(0) + 1;

    private static (Rational[] First, Rational[] Second, int Pivots)? Solve(SequenceForm form, Rational[,] m, Rational[] q, int[] lexOrder)
    {
        int ns1 = form.SequenceCounts[0], ns2 = form.SequenceCounts[1];
        int n = q.Length;

        // Scale the whole LCP by one positive integer so the tableau is integral; the w variables scale with it.
        BigInteger lcm = BigInteger.One;
        foreach (Rational value in m)
        {
            lcm = Lcm(lcm, value.Denominator);
        }

        var rows = new BigInteger[n][];
        for (int i = 0; i < n; i++)
        {
            var row = new BigInteger[(2 * n) + 2];
            row[i] = BigInteger.One;
            for (int j = 0; j < n; j++)
            {
                row[n + j] = -(m[i, j].Numerator * (lcm / m[i, j].Denominator));
            }

            row[2 * n] = -lcm;
            row[(2 * n) + 1] = q[i].Numerator * lcm;
            rows[i] = row;
        }

        var tableau = new FractionFreeTableau(rows, [.. Enumerable.Range(0, n)], lexOrder: lexOrder);
        int artificial = 2 * n;

        // Like Gambit, z0 first replaces the slack of player 1's root constraint (one of the two most negative rows).
        int leavingRow = FirstLeavingRow(form);
        int leaving = tableau.BasicIn(leavingRow);
        tableau.Pivot(leavingRow, artificial);
        ulong key = Enumerable.Range(0, n).Aggregate(0UL, (k, v) => k ^ BasisKey(v)) ^ BasisKey(leaving) ^ BasisKey(artificial);
        var seen = new HashSet<ulong> { key };
        while (true)
        {
            int entering = leaving < n ? leaving + n : leaving - n;
            int row = tableau.RatioTest(entering, artificial);
            if (row < 0)
            {
                throw new InvalidOperationException("Lemke's algorithm ended on a ray; the sequence form was not shifted negative.");
            }

            leaving = tableau.BasicIn(row);
            tableau.Pivot(row, entering);
            if (leaving == artificial)
            {
                break;
            }

            key ^= BasisKey(leaving) ^ BasisKey(entering);
            if (!seen.Add(key))
            {
                return null;
            }
        }

        var first = Enumerable.Range(0, ns1).Select(s => Rational.Create(tableau.ScaledValue(n + s), tableau.Determinant)).ToArray();
        var second = Enumerable.Range(0, ns2).Select(s => Rational.Create(tableau.ScaledValue(n + ns1 + s), tableau.Determinant)).ToArray();
        return (first, second, tableau.Pivots);
    }

    /// <summary>The LCP (M, q̄) over z = (x, y, p, q), in that order.</summary>
    internal static (Rational[,] M, Rational[] Q) Build(SequenceForm form)
    {
        int ns1 = form.SequenceCounts[0], ns2 = form.SequenceCounts[1];
        int ni1 = form.InformationSetCount(0) + 1;
        int n = Size(form);
        var m = new Rational[n, n];
        var q = new Rational[n];
        for (int s = 0; s < ns1; s++)
        {
            for (int t = 0; t < ns2; t++)
            {
                m[s, ns1 + t] = -form.ShiftedPayoff(0, s, t);
                m[ns1 + t, s] = -form.ShiftedPayoff(1, s, t);
            }
        }

        AddConstraints(form, 0, m, q, 0, ns1 + ns2);
        AddConstraints(form, 1, m, q, ns1, ns1 + ns2 + ni1);
        return (m, q);
    }

    /// <summary>The row whose slack z0 replaces first: like Gambit, player 1's root constraint.</summary>
    internal static int FirstLeavingRow(SequenceForm form) => form.SequenceCounts[0] + form.SequenceCounts[1];

    // Player's rows of E (or F): root row "x_∅ = 1", one row per information set "Σ children - parent = 0".
    private static void AddConstraints(SequenceForm form, int player, Rational[,] m, Rational[] q, int sequenceOffset, int dualOffset)
    {
        m[dualOffset, sequenceOffset] = Rational.One;
        m[sequenceOffset, dualOffset] = -Rational.One;
        q[dualOffset] = -Rational.One;
        for (int h = 0; h < form.InformationSetCount(player); h++)
        {
            int dual = dualOffset + h + 1;
            int parent = sequenceOffset + form.ParentSequences[player][h];
            m[dual, parent] = -Rational.One;
            m[parent, dual] = Rational.One;
            for (int a = 0; a < form.ActionCount(player, h); a++)
            {
                int child = sequenceOffset + form.FirstSequences[player][h] + a;
                m[dual, child] = Rational.One;
                m[child, dual] = -Rational.One;
            }
        }
    }

    private static BigInteger Lcm(BigInteger a, BigInteger b) => a / BigInteger.GreatestCommonDivisor(a, b) * b;
}
