using System.Numerics;

namespace Brink.Games.Numerics;

/// <summary>
/// A dictionary <c>basic = rhs - N·nonbasic</c> kept as an all-integer tableau by fraction-free (Bareiss/Edmonds)
/// pivoting: every entry equals <see cref="determinant"/> times the exact rational entry, and each division in a
/// pivot is exact. Ties in the ratio test are broken lexicographically over the columns of the starting basis,
/// which makes every pivot sequence well defined on degenerate games.
/// </summary>
internal sealed class FractionFreeTableau
{
    // Invariant: rows[i][basis[i]] == determinant > 0 and rows[i][k] == 0 for the other basic columns;
    // column `variableCount` holds the right-hand side; rowOf[v] is the row of basic v, else -1.
    private readonly BigInteger[][] rows;
    private readonly int[] basis;
    private readonly int[] rowOf;
    private readonly int[] lexColumns;
    private readonly bool lexMaximum;
    private BigInteger determinant;

    /// <summary>
    /// Builds from integer rows whose identity columns <paramref name="startingBasis"/> give the first basis.
    /// With <paramref name="lexMaximum"/>, ratio ties go to the row with the largest ratio in each starting-basis
    /// column in turn (the right-hand side perturbed the other way), as Gambit's Lemke–Howson tableau does.
    /// <paramref name="lexOrder"/>, when given, is the order in which those columns are compared.
    /// </summary>
    public FractionFreeTableau(BigInteger[][] rows, int[] startingBasis, bool lexMaximum = false, int[]? lexOrder = null)
    {
        this.lexMaximum = lexMaximum;
        this.rows = rows;
        basis = (int[])startingBasis.Clone();
        VariableCount = rows[0].Length - 1;
        rowOf = Enumerable.Repeat(-1, VariableCount).ToArray();
        for (int i = 0; i < basis.Length; i++)
        {
            rowOf[basis[i]] = i;
        }

        lexColumns = (int[])(lexOrder ?? startingBasis).Clone();
        determinant = BigInteger.One;
    }

    private FractionFreeTableau(FractionFreeTableau other)
    {
        rows = other.rows.Select(r => (BigInteger[])r.Clone()).ToArray();
        basis = (int[])other.basis.Clone();
        rowOf = (int[])other.rowOf.Clone();
        lexColumns = other.lexColumns;
        lexMaximum = other.lexMaximum;
        determinant = other.determinant;
        VariableCount = other.VariableCount;
    }

    public int VariableCount { get; }

    public int RowCount => rows.Length;

    public int Pivots { get; private set; }

    public FractionFreeTableau Clone() => new(this);

    public bool IsBasic(int variable) => rowOf[variable] >= 0;

    public int BasicIn(int row) => basis[row];

    public int RowOf(int variable) => rowOf[variable];

    /// <summary>The basic variable's value as numerator over <see cref="Determinant"/>; zero when nonbasic.</summary>
    public BigInteger ScaledValue(int variable) => rowOf[variable] >= 0 ? rows[rowOf[variable]][VariableCount] : BigInteger.Zero;

    public BigInteger Determinant => determinant;

    /// <summary>
    /// The leaving row when <paramref name="entering"/> grows: minimum ratio rhs/entry over positive entries,
    /// ties resolved lexicographically; <paramref name="preferred"/> leaves first when it is among the ratio ties.
    /// Returns -1 when the column is unbounded (a ray).
    /// </summary>
    public int RatioTest(int entering, int preferred = -1)
    {
        int best = -1;
        bool bestTieWithPreferred = false;
        for (int i = 0; i < rows.Length; i++)
        {
            var entry = rows[i][entering];
            if (entry.Sign <= 0)
            {
                continue;
            }

            if (best < 0)
            {
                best = i;
                continue;
            }

            int ratio = CompareRatio(i, best, entering, VariableCount);
            if (ratio < 0)
            {
                best = i;
                bestTieWithPreferred = false;
            }
            else if (ratio == 0)
            {
                if (basis[i] == preferred || basis[best] == preferred)
                {
                    bestTieWithPreferred = true;
                    best = basis[i] == preferred ? i : best;
                }
                else if (!bestTieWithPreferred && LexLess(i, best, entering))
                {
                    best = i;
                }
            }
        }

        return best;
    }

    /// <summary>Every row attaining the minimum ratio when <paramref name="entering"/> grows (empty for a ray).</summary>
    public List<int> MinimumRatioRows(int entering)
    {
        var result = new List<int>();
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i][entering].Sign <= 0)
            {
                continue;
            }

            int c = result.Count == 0 ? -1 : CompareRatio(i, result[0], entering, VariableCount);
            if (c < 0)
            {
                result.Clear();
                result.Add(i);
            }
            else if (c == 0)
            {
                result.Add(i);
            }
        }

        return result;
    }

    private bool LexLess(int i, int j, int entering)
    {
        foreach (int column in lexColumns)
        {
            int c = CompareRatio(i, j, entering, column);
            if (c != 0)
            {
                return lexMaximum ? c > 0 : c < 0;
            }
        }

        return false;
    }

    // Sign of rows[i][column]/rows[i][entering] - rows[j][column]/rows[j][entering], both denominators positive.
    private int CompareRatio(int i, int j, int entering, int column) =>
        (rows[i][column] * rows[j][entering]).CompareTo(rows[j][column] * rows[i][entering]);

    /// <summary>
    /// Pivots until exactly <paramref name="target"/>'s variables are basic; false when they are not a basis or
    /// the basic solution it gives is not feasible (a negative right-hand side).
    /// </summary>
    public bool TryMoveTo(int[] target)
    {
        var wanted = new bool[VariableCount];
        foreach (int variable in target)
        {
            wanted[variable] = true;
        }

        foreach (int column in target)
        {
            if (IsBasic(column))
            {
                continue;
            }

            // Any row whose basic variable must leave and whose entry is nonzero keeps the basis nonsingular.
            int row = 0;
            while (row < rows.Length && (rows[row][column].IsZero || wanted[basis[row]]))
            {
                row++;
            }

            if (row == rows.Length)
            {
                return false;
            }

            Pivot(row, column);
        }

        return rows.All(r => r[VariableCount].Sign >= 0);
    }

    /// <summary>Exchanges the basic variable of <paramref name="row"/> for <paramref name="entering"/>.</summary>
    public void Pivot(int row, int entering)
    {
        var pivotRow = rows[row];
        var pivot = pivotRow[entering];
        int width = pivotRow.Length;
        for (int i = 0; i < rows.Length; i++)
        {
            if (i == row)
            {
                continue;
            }

            var current = rows[i];
            var factor = current[entering];
            if (factor.IsZero)
            {
                if (!pivot.Equals(determinant))
                {
                    for (int k = 0; k < width; k++)
                    {
                        if (!current[k].IsZero)
                        {
                            current[k] = current[k] * pivot / determinant;
                        }
                    }
                }

                continue;
            }

            for (int k = 0; k < width; k++)
            {
                var a = current[k];
                var b = pivotRow[k];
                if (b.IsZero)
                {
                    if (!a.IsZero)
                    {
                        current[k] = a * pivot / determinant;
                    }
                }
                else
                {
                    current[k] = ((a * pivot) - (factor * b)) / determinant;
                }
            }
        }

        determinant = pivot;
        if (pivot.Sign < 0)
        {
            // Keep the common denominator positive so ratio tests can compare cross products directly.
            foreach (var r in rows)
            {
                for (int k = 0; k < width; k++)
                {
                    r[k] = -r[k];
                }
            }

            determinant = -pivot;
        }

        rowOf[basis[row]] = -1;
        basis[row] = entering;
        rowOf[entering] = row;
        Pivots++;
    }
}
