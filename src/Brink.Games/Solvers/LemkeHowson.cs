using System.Numerics;
using Brink.Games.Numerics;

namespace Brink.Games.Solvers;

/// <summary>
/// Lemke–Howson on the two best-response polytopes of a bimatrix game, kept as two fraction-free tableaus.
/// Labels 0..m-1 are player 1's strategies, m..m+n-1 player 2's. Tableau one holds player 2's mixture y and
/// player 1's slacks r (r = 1 - A y); tableau two holds x and player 2's slacks s (s = 1 - Bᵀx).
/// </summary>
internal sealed class LemkeHowson
{
    private readonly FractionFreeTableau first;
    private readonly FractionFreeTableau second;
    private readonly int m;
    private readonly int n;

    private LemkeHowson(FractionFreeTableau first, FractionFreeTableau second, int m, int n)
    {
        this.first = first;
        this.second = second;
        this.m = m;
        this.n = n;
    }

    public int LabelCount => m + n;

    public int Pivots => first.Pivots + second.Pivots;

    /// <summary>The artificial equilibrium x = 0, y = 0 of payoff tables made strictly positive.</summary>
    public static LemkeHowson AtArtificialEquilibrium(Rational[,] rowPayoffs, Rational[,] columnPayoffs)
    {
        int m = rowPayoffs.GetLength(0), n = rowPayoffs.GetLength(1);
        var a = IntegerMatrices.ScaledAndShifted(rowPayoffs, BigInteger.One);
        var b = IntegerMatrices.ScaledAndShifted(columnPayoffs, BigInteger.One);
        var firstRows = new BigInteger[m][];
        for (int i = 0; i < m; i++)
        {
            var row = new BigInteger[n + m + 1];
            for (int j = 0; j < n; j++)
            {
                row[j] = a[i, j];
            }

            row[n + i] = BigInteger.One;
            row[n + m] = BigInteger.One;
            firstRows[i] = row;
        }

        var secondRows = new BigInteger[n][];
        for (int j = 0; j < n; j++)
        {
            var row = new BigInteger[m + n + 1];
            for (int i = 0; i < m; i++)
            {
                row[i] = b[i, j];
            }

            row[m + j] = BigInteger.One;
            row[m + n] = BigInteger.One;
            secondRows[j] = row;
        }

        return new LemkeHowson(
            new FractionFreeTableau(firstRows, [.. Enumerable.Range(n, m)], lexMaximum: true),
            new FractionFreeTableau(secondRows, [.. Enumerable.Range(m, n)], lexMaximum: true),
            m,
            n);
    }

    public LemkeHowson Clone() => new(first.Clone(), second.Clone(), m, n);

    /// <summary>Follows the path that drops <paramref name="label"/> until it is picked up again.</summary>
    public void FollowPath(int label)
    {
        bool inFirst = !first.IsBasic(FirstColumn(label));
        int column = inFirst ? FirstColumn(label) : label;
        while (true)
        {
            var tableau = inFirst ? first : second;
            int row = tableau.RatioTest(column);
            if (row < 0)
            {
                throw new InvalidOperationException("Lemke–Howson met an unbounded edge; the payoffs were not made positive.");
            }

            int leaving = tableau.BasicIn(row);
            tableau.Pivot(row, column);
            int leftLabel = inFirst ? FirstLabel(leaving) : leaving;
            if (leftLabel == label)
            {
                return;
            }

            inFirst = !inFirst;
            column = inFirst ? FirstColumn(leftLabel) : leftLabel;
        }
    }

    /// <summary>The normalised mixtures, or null at the artificial equilibrium.</summary>
    public Rational[][]? Profile()
    {
        var x = Normalised(second, 0, m);
        var y = Normalised(first, 0, n);
        return x is null || y is null ? null : [x, y];
    }

    private static Rational[]? Normalised(FractionFreeTableau tableau, int start, int count)
    {
        var values = Enumerable.Range(start, count).Select(tableau.ScaledValue).ToArray();
        BigInteger total = values.Aggregate(BigInteger.Zero, (s, v) => s + v);
        return total.IsZero ? null : values.Select(v => Rational.Create(v, total)).ToArray();
    }

    private int FirstColumn(int label) => label < m ? n + label : label - m;

    private int FirstLabel(int column) => column < n ? m + column : column - n;
}
