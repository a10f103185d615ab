using System.Numerics;
using Brink.Games.Numerics;

namespace Brink.Games.Solvers.Lemke;

/// <summary>
/// <see cref="LemkeHowson"/>'s paths in floating point: the same two tableaus, the same entering labels and the
/// same ratio test (ties broken lexicographically towards the largest row over the slack columns), on
/// double-doubles instead of fraction-free big integers, whose entries grow with every pivot on large games.
/// A path end is only a basis here: <see cref="LemkeHowson.AtBasis"/> turns it into the exact vertex, which the
/// caller keeps only when it is feasible and complementary, so no floating number reaches the answer.
/// </summary>
internal sealed class FloatingLemkeHowson
{
    private readonly DoubleDoubleTableau first;
    private readonly DoubleDoubleTableau second;
    private readonly int[] firstLex;
    private readonly int[] secondLex;
    private readonly DoubleDouble[] ratios;
    private readonly int m;
    private readonly int n;

    private FloatingLemkeHowson(DoubleDoubleTableau first, DoubleDoubleTableau second, int m, int n)
    {
        this.first = first;
        this.second = second;
        this.m = m;
        this.n = n;
        firstLex = [.. Enumerable.Range(n, m)];
        secondLex = [.. Enumerable.Range(m, n)];
        ratios = new DoubleDouble[Math.Max(m, n)];
    }

    public int LabelCount => m + n;

    public int Pivots { get; private set; }

    /// <summary>The basic variables of tableau one (y and r) and tableau two (x and s), row by row.</summary>
    public (int[] First, int[] Second) Bases => ((int[])first.Basis.Clone(), (int[])second.Basis.Clone());

    /// <summary>The artificial equilibrium of the integer tables <see cref="LemkeHowson"/> builds.</summary>
    public static FloatingLemkeHowson AtArtificialEquilibrium(BigInteger[,] a, BigInteger[,] b)
    {
        int m = a.GetLength(0), n = a.GetLength(1);
        var firstRows = new DoubleDouble[m][];
        for (int i = 0; i < m; i++)
        {
            var row = firstRows[i] = new DoubleDouble[n + m + 1];
            for (int j = 0; j < n; j++)
            {
                row[j] = DoubleDouble.FromRational(a[i, j]);
            }

            row[n + i] = 1;
            row[n + m] = 1;
        }

        var secondRows = new DoubleDouble[n][];
        for (int j = 0; j < n; j++)
        {
            var row = secondRows[j] = new DoubleDouble[m + n + 1];
            for (int i = 0; i < m; i++)
            {
                row[i] = DoubleDouble.FromRational(b[i, j]);
            }

            row[m + j] = 1;
            row[m + n] = 1;
        }

        return new FloatingLemkeHowson(
            new DoubleDoubleTableau(firstRows, [.. Enumerable.Range(n, m)]),
            new DoubleDoubleTableau(secondRows, [.. Enumerable.Range(m, n)]),
            m,
            n);
    }

    public FloatingLemkeHowson Clone() => new(Copy(first), Copy(second), m, n) { Pivots = Pivots };

    /// <summary>
    /// Follows the path that drops <paramref name="label"/> until it is picked up again; false when the path meets
    /// a ray (impossible in exact arithmetic, so a rounding failure) or runs past <paramref name="maxPivots"/>.
    /// </summary>
    public bool TryFollowPath(int label, int maxPivots)
    {
        bool inFirst = Array.IndexOf(first.Basis, FirstColumn(label)) < 0;
        int column = inFirst ? FirstColumn(label) : label;
        for (int step = 0; step < maxPivots; step++)
        {
            var tableau = inFirst ? first : second;
            int row = FloatingSequenceFormLemke.RatioTest(
                tableau.Rows, tableau.Basis, column, -1, inFirst ? firstLex : secondLex, ratios, lexMaximum: true);
            if (row < 0)
            {
                return false;
            }

            int leaving = tableau.Basis[row];
            tableau.Pivot(row, column);
            Pivots++;
            int leftLabel = inFirst ? FirstLabel(leaving) : leaving;
            if (leftLabel == label)
            {
                return true;
            }

            inFirst = !inFirst;
            column = inFirst ? FirstColumn(leftLabel) : leftLabel;
        }

        return false;
    }

    private static DoubleDoubleTableau Copy(DoubleDoubleTableau tableau) =>
        new([.. tableau.Rows.Select(r => (DoubleDouble[])r.Clone())], (int[])tableau.Basis.Clone());

    private int FirstColumn(int label) => label < m ? n + label : label - m;

    private int FirstLabel(int column) => column < n ? m + column : column - n;
}
