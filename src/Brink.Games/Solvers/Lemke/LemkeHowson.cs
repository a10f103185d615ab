using System.Numerics;
using Brink.Games.Numerics;
using Brink.Games.Profiles;

namespace Brink.Games.Solvers.Lemke;

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
        var (a, b) = PositiveTables(rowPayoffs, columnPayoffs);
        return AtArtificialEquilibrium(a, b);
    }

    /// <summary>Integer payoff tables with the same best responses and every entry at least 1.</summary>
    public static (BigInteger[,] Row, BigInteger[,] Column) PositiveTables(Rational[,] rowPayoffs, Rational[,] columnPayoffs) =>
        (IntegerMatrices.ScaledAndShifted(rowPayoffs, BigInteger.One), IntegerMatrices.ScaledAndShifted(columnPayoffs, BigInteger.One));

    /// <summary>
    /// The exact vertex whose basic variables are <paramref name="firstBasis"/> (tableau one: y, r) and
    /// <paramref name="secondBasis"/> (tableau two: x, s), reached by pivoting them in from the artificial
    /// equilibrium; null unless both bases are nonsingular and feasible and every label is present (then the
    /// vertex is the artificial equilibrium or a Nash equilibrium).
    /// </summary>
    public static LemkeHowson? AtBasis(BigInteger[,] a, BigInteger[,] b, int[] firstBasis, int[] secondBasis)
    {
        var vertex = AtArtificialEquilibrium(a, b);
        if (!vertex.first.TryMoveTo(firstBasis) || !vertex.second.TryMoveTo(secondBasis))
        {
            return null;
        }

        for (int label = 0; label < vertex.LabelCount; label++)
        {
            if (vertex.first.IsBasic(vertex.FirstColumn(label)) && vertex.second.IsBasic(label))
            {
                return null;
            }
        }

        return vertex;
    }

    /// <summary>The artificial equilibrium of integer tables whose entries are all positive.</summary>
    public static LemkeHowson AtArtificialEquilibrium(BigInteger[,] a, BigInteger[,] b)
    {
        int m = a.GetLength(0), n = a.GetLength(1);
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
