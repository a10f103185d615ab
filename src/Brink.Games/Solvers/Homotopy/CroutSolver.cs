namespace Brink.Games.Solvers.Homotopy;

/// <summary>
/// Solves a square system by Crout's LU decomposition with implicit (row-scaled) partial pivoting, the textbook
/// method (Press et al., Numerical Recipes §2.3) GameTracer uses for IPA's support solve. Used in place of
/// plain Gaussian elimination because the support solve's answer is tested for exact signs (a probability of
/// −1e−17 sends the step to Lemke's path), so rounding the way Gambit does keeps the two on the same path.
/// </summary>
internal static class CroutSolver
{
    // Stands in for an exactly zero pivot, as in the textbook method: the solve goes on and yields huge entries.
    private const double TinyPivot = 1e-20;

    /// <summary>The solution of a·x = b (a is n×n, row-major); null when a row of a is all zeros.</summary>
    public static double[]? Solve(double[] a, double[] b)
    {
        int n = b.Length;
        var lu = (double[])a.Clone();
        var rowScale = new double[n];
        for (int i = 0; i < n; i++)
        {
            double largest = 0;
            for (int j = 0; j < n; j++)
            {
                largest = Math.Max(largest, Math.Abs(lu[(i * n) + j]));
            }

            if (largest == 0)
            {
                return null;
            }

            rowScale[i] = 1 / largest;
        }

        var swaps = new int[n];
        for (int j = 0; j < n; j++)
        {
            // Column j of U above the diagonal, then of L (unscaled) on and below it, choosing the pivot row by
            // its scaled size; the last of equal candidates wins, as in the textbook loop.
            for (int i = 0; i < j; i++)
            {
                double sum = lu[(i * n) + j];
                for (int k = 0; k < i; k++)
                {
                    sum -= lu[(i * n) + k] * lu[(k * n) + j];
                }

                lu[(i * n) + j] = sum;
            }

            double best = 0;
            int pivotRow = j;
            for (int i = j; i < n; i++)
            {
                double sum = lu[(i * n) + j];
                for (int k = 0; k < j; k++)
                {
                    sum -= lu[(i * n) + k] * lu[(k * n) + j];
                }

                lu[(i * n) + j] = sum;
                if (rowScale[i] * Math.Abs(sum) >= best)
                {
                    (best, pivotRow) = (rowScale[i] * Math.Abs(sum), i);
                }
            }

            if (pivotRow != j)
            {
                for (int k = 0; k < n; k++)
                {
                    (lu[(pivotRow * n) + k], lu[(j * n) + k]) = (lu[(j * n) + k], lu[(pivotRow * n) + k]);
                }

                rowScale[pivotRow] = rowScale[j];
            }

            swaps[j] = pivotRow;
            if (lu[(j * n) + j] == 0)
            {
                lu[(j * n) + j] = TinyPivot;
            }

            if (j != n - 1)
            {
                double inverse = 1 / lu[(j * n) + j];
                for (int i = j + 1; i < n; i++)
                {
                    lu[(i * n) + j] *= inverse;
                }
            }
        }

        return Substitute(lu, swaps, b);
    }

    // Forward substitution through L (skipping the leading zeros of b), then back substitution through U.
    private static double[] Substitute(double[] lu, int[] swaps, double[] b)
    {
        int n = b.Length;
        var x = (double[])b.Clone();
        int firstNonZero = -1;
        for (int i = 0; i < n; i++)
        {
            double sum = x[swaps[i]];
            x[swaps[i]] = x[i];
            if (firstNonZero >= 0)
            {
                for (int j = firstNonZero; j < i; j++)
                {
                    sum -= lu[(i * n) + j] * x[j];
                }
            }
            else if (sum != 0)
            {
                firstNonZero = i;
            }

            x[i] = sum;
        }

        for (int i = n - 1; i >= 0; i--)
        {
            double sum = x[i];
            for (int j = i + 1; j < n; j++)
            {
                sum -= lu[(i * n) + j] * x[j];
            }

            x[i] = sum / lu[(i * n) + i];
        }

        return x;
    }
}
