namespace Brink.Games.Solvers.Logit;

/// <summary>Solves small dense linear systems by Gaussian elimination with partial pivoting.</summary>
internal static class DenseSolver
{
    /// <summary>Solves a·x = b in place (a and b are overwritten); false when a is numerically singular.</summary>
    public static bool Solve(double[,] a, double[] b) => Solve(a, b, out _);

    /// <summary>As <see cref="Solve(double[,], double[])"/>, also giving the sign of a's determinant (0 if singular).</summary>
    public static bool Solve(double[,] a, double[] b, out int determinantSign)
    {
        int n = b.Length;
        determinantSign = 1;
        for (int column = 0; column < n; column++)
        {
            int pivot = column;
            for (int row = column + 1; row < n; row++)
            {
                if (Math.Abs(a[row, column]) > Math.Abs(a[pivot, column]))
                {
                    pivot = row;
                }
            }

            if (Math.Abs(a[pivot, column]) < 1e-300)
            {
                determinantSign = 0;
                return false;
            }

            determinantSign *= Math.Sign(a[pivot, column]);
            if (pivot != column)
            {
                determinantSign = -determinantSign;
                for (int k = 0; k < n; k++)
                {
                    (a[pivot, k], a[column, k]) = (a[column, k], a[pivot, k]);
                }

                (b[pivot], b[column]) = (b[column], b[pivot]);
            }

            for (int row = column + 1; row < n; row++)
            {
                double factor = a[row, column] / a[column, column];
                if (factor == 0)
                {
                    continue;
                }

                for (int k = column; k < n; k++)
                {
                    a[row, k] -= factor * a[column, k];
                }

                b[row] -= factor * b[column];
            }
        }

        for (int row = n - 1; row >= 0; row--)
        {
            double sum = b[row];
            for (int k = row + 1; k < n; k++)
            {
                sum -= a[row, k] * b[k];
            }

            b[row] = sum / a[row, row];
        }

        return true;
    }
}
