using Brink.Games.Numerics;

namespace Brink.Games.Numerics;

/// <summary>
/// Gauss–Jordan pivoting on a double-double tableau, shared by the floating Lemke path and the simplex method.
/// Their pivots are forced by a rule, so a rounding residue taken for a nonzero entry would derail them: any
/// result that cancels to within 1e-24 of its operands is set to exactly zero.
/// </summary>
internal sealed class DoubleDoubleTableau(DoubleDouble[][] rows, int[] basis)
{
    private const double Cancellation = 1e-24;
    private const double Tie = 1e-20;
    private readonly List<int> support = new(rows.Length == 0 ? 0 : rows[0].Length);

    /// <summary>The rows; each basic variable's column is a unit column.</summary>
    public DoubleDouble[][] Rows { get; } = rows;

    /// <summary>The basic variable of each row.</summary>
    public int[] Basis { get; } = basis;

    /// <summary>a − b, or exactly zero when it cancels to within rounding of its operands.</summary>
    public static DoubleDouble Subtract(DoubleDouble a, DoubleDouble b)
    {
        var v = a - b;
        return Math.Abs(v.Hi) <= Cancellation * Math.Max(Math.Abs(a.Hi), Math.Abs(b.Hi)) ? DoubleDouble.Zero : v;
    }

    /// <summary>Whether two ratios are equal up to rounding (within 1e-20 of the larger), so a ratio test ties them.</summary>
    public static bool Tied(DoubleDouble a, DoubleDouble b) =>
        DoubleDouble.Abs(a - b).Hi <= Tie * Math.Max(Math.Abs(a.Hi), Math.Abs(b.Hi));

    /// <summary>
    /// Makes <paramref name="entering"/> basic in <paramref name="row"/>; <paramref name="extra"/>, when given (a
    /// cost row), is eliminated along with the rows. Only the pivot row's nonzero columns are touched.
    /// </summary>
    public void Pivot(int row, int entering, DoubleDouble[]? extra = null)
    {
        var pivotRow = Rows[row];
        var pivot = pivotRow[entering];
        support.Clear();
        for (int k = 0; k < pivotRow.Length; k++)
        {
            if (!pivotRow[k].IsZero)
            {
                pivotRow[k] /= pivot;
                support.Add(k);
            }
        }

        pivotRow[entering] = 1;
        for (int i = extra is null ? 0 : -1; i < Rows.Length; i++)
        {
            var current = i < 0 ? extra! : Rows[i];
            var factor = current[entering];
            if (i == row || factor.IsZero)
            {
                continue;
            }

            foreach (int k in support)
            {
                current[k] = Subtract(current[k], factor * pivotRow[k]);
            }

            current[entering] = DoubleDouble.Zero;
        }

        Basis[row] = entering;
    }
}
