using System.Numerics;
using Brink.Games.Numerics;

namespace Brink.Games.Solvers;

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
        int ns1 = form.SequenceCounts[0], ns2 = form.SequenceCounts[1];
        int ni1 = form.InformationSetCount(0) + 1, ni2 = form.InformationSetCount(1) + 1;
        int n = ns1 + ns2 + ni1 + ni2;
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

        var tableau = new FractionFreeTableau(rows, [.. Enumerable.Range(0, n)]);
        int artificial = 2 * n;

        // Like Gambit, z0 first replaces the slack of player 1's root constraint (one of the two most negative rows).
        int leavingRow = ns1 + ns2;
        int leaving = tableau.BasicIn(leavingRow);
        tableau.Pivot(leavingRow, artificial);
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
        }

        var first = Enumerable.Range(0, ns1).Select(s => Rational.Create(tableau.ScaledValue(n + s), tableau.Determinant)).ToArray();
        var second = Enumerable.Range(0, ns2).Select(s => Rational.Create(tableau.ScaledValue(n + ns1 + s), tableau.Determinant)).ToArray();
        return (first, second, tableau.Pivots);
    }

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
