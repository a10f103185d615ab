using System.Numerics;
using System.Text;
using Brink.Games.Numerics;
using Brink.Games.Profiles;

namespace Brink.Games.Solvers.Enumeration;

/// <summary>
/// Every vertex of a best-response polytope {z ≥ 0 : M z ≤ 1} (M positive), exactly: a breadth-first search over
/// the feasible bases of the integer tableau [M | I | 1], moving to every basis one pivot away, with every row
/// tied in the ratio test followed so degenerate vertices (several bases) are all reached. Each vertex comes with
/// its labels: label k for z_k = 0 and label (count + r) for a tight row r, where count is z's length.
/// </summary>
internal static class PolytopeVertices
{
    /// <summary>A vertex: z as numerators over a common positive denominator, and its label bit set.</summary>
    internal sealed record Vertex(BigInteger[] Numerators, BigInteger Denominator, UInt128 Labels)
    {
        public bool IsOrigin => Numerators.All(n => n.IsZero);
    }

    public static List<Vertex> Enumerate(BigInteger[,] m, int maxBases = 2_000_000)
    {
        int rowCount = m.GetLength(0), count = m.GetLength(1);
        if (count + rowCount > 128)
        {
            throw new SolverNotApplicableException($"vertex enumeration supports at most 128 strategies in total; this game has {count + rowCount}");
        }

        var start = new BigInteger[rowCount][];
        for (int r = 0; r < rowCount; r++)
        {
            start[r] = new BigInteger[count + rowCount + 1];
            for (int k = 0; k < count; k++)
            {
                start[r][k] = m[r, k];
            }

            start[r][count + r] = BigInteger.One;
            start[r][count + rowCount] = BigInteger.One;
        }

        var first = new FractionFreeTableau(start, [.. Enumerable.Range(count, rowCount)]);
        var seenBases = new HashSet<UInt128> { BasisKey(first, rowCount) };
        var seenVertices = new HashSet<string>(StringComparer.Ordinal);
        var vertices = new List<Vertex>();
        var queue = new Queue<FractionFreeTableau>([first]);
        while (queue.Count > 0)
        {
            var tableau = queue.Dequeue();
            var vertex = Read(tableau, count, rowCount);
            if (seenVertices.Add(Key(vertex)))
            {
                vertices.Add(vertex);
            }

            for (int entering = 0; entering < count + rowCount; entering++)
            {
                if (tableau.IsBasic(entering))
                {
                    continue;
                }

                foreach (int row in tableau.MinimumRatioRows(entering))
                {
                    var next = tableau.Clone();
                    next.Pivot(row, entering);
                    if (seenBases.Add(BasisKey(next, rowCount)))
                    {
                        if (seenBases.Count > maxBases)
                        {
                            throw new SolverNotApplicableException($"more than {maxBases:N0} bases: the game is too large or too degenerate for vertex enumeration");
                        }

                        queue.Enqueue(next);
                    }
                }
            }
        }

        return vertices;
    }

    private static Vertex Read(FractionFreeTableau tableau, int count, int rowCount)
    {
        var numerators = new BigInteger[count];
        UInt128 labels = 0;
        for (int k = 0; k < count; k++)
        {
            numerators[k] = tableau.ScaledValue(k);
            if (numerators[k].IsZero)
            {
                labels |= UInt128.One << k;
            }
        }

        for (int r = 0; r < rowCount; r++)
        {
            if (tableau.ScaledValue(count + r).IsZero)
            {
                labels |= UInt128.One << (count + r);
            }
        }

        return new Vertex(numerators, tableau.Determinant, labels);
    }

    private static UInt128 BasisKey(FractionFreeTableau tableau, int rowCount)
    {
        UInt128 key = 0;
        for (int r = 0; r < rowCount; r++)
        {
            key |= UInt128.One << tableau.BasicIn(r);
        }

        return key;
    }

    private static string Key(Vertex vertex)
    {
        var text = new StringBuilder();
        foreach (var n in vertex.Numerators)
        {
            var g = BigInteger.GreatestCommonDivisor(n, vertex.Denominator);
            text.Append(g.IsZero ? BigInteger.Zero : n / g).Append('/').Append(g.IsZero ? BigInteger.One : vertex.Denominator / g).Append(';');
        }

        return text.ToString();
    }
}
