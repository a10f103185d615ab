using System.Runtime.CompilerServices;

namespace Brink.Games.Numerics;

/// <summary>
/// Dense linear algebra in doubles for the small systems of the support methods and the homotopy path: square solves
/// by Gaussian elimination with partial pivoting, and the kernel of a full-rank (D − 1) × D matrix by complete
/// pivoting. A pivot at or below <c>singular</c> times the matrix's largest absolute entry counts as zero.
/// </summary>
internal static class DenseLinear
{
    /// <summary>
    /// Solves a·x = b, leaving <paramref name="a"/> and <paramref name="b"/> unchanged; null when a is singular.
    /// </summary>
    public static double[]? Solve(double[,] a, double[] b, double singular)
    {
        int n = b.Length;
        var rows = new double[n * n];
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                rows[(r * n) + c] = a[r, c];
            }
        }

        return SolveInPlace(rows, (double[])b.Clone(), n, singular);
    }

    // Hot loops are compiled fully optimised at once: a homotopy solve is over before tiered compilation would
    // promote them, and in their first tier they run several times slower.

    /// <summary>
    /// Solves a·x = b for a row-major n × n <paramref name="a"/>, overwriting <paramref name="a"/> and
    /// <paramref name="b"/>; null when a is singular.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[]? SolveInPlace(double[] a, double[] b, int n, double singular)
    {
        double threshold = singular * LargestEntry(a);
        for (int k = 0; k < n; k++)
        {
            int pivot = k;
            for (int r = k + 1; r < n; r++)
            {
                pivot = Math.Abs(a[(r * n) + k]) > Math.Abs(a[(pivot * n) + k]) ? r : pivot;
            }

            if (Math.Abs(a[(pivot * n) + k]) <= threshold)
            {
                return null;
            }

            SwapRows(a, n, k, pivot);
            (b[k], b[pivot]) = (b[pivot], b[k]);
            EliminateBelow(a, b, n, n, k, k);
        }

        var x = new double[n];
        for (int k = n - 1; k >= 0; k--)
        {
            double sum = b[k];
            for (int c = k + 1; c < n; c++)
            {
                sum -= a[(k * n) + c] * x[c];
            }

            x[k] = sum / a[(k * n) + k];
        }

        return x;
    }

    /// <summary>
    /// A unit vector spanning the kernel of a row-major (columns − 1) × columns <paramref name="a"/>, overwriting it:
    /// the column never chosen as a pivot is free and set to 1. Null when the rank is short (a singular point).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[]? Kernel(double[] a, int rows, int columns, double singular)
    {
        double threshold = singular * LargestEntry(a);
        var order = Enumerable.Range(0, columns).ToArray();
        for (int k = 0; k < rows; k++)
        {
            int bestRow = k, bestColumn = k;
            for (int r = k; r < rows; r++)
            {
                for (int c = k; c < columns; c++)
                {
                    if (Math.Abs(a[(r * columns) + c]) > Math.Abs(a[(bestRow * columns) + bestColumn]))
                    {
                        (bestRow, bestColumn) = (r, c);
                    }
                }
            }

            if (Math.Abs(a[(bestRow * columns) + bestColumn]) <= threshold)
            {
                return null;
            }

            SwapRows(a, columns, k, bestRow);
            for (int r = 0; r < rows; r++)
            {
                (a[(r * columns) + k], a[(r * columns) + bestColumn]) = (a[(r * columns) + bestColumn], a[(r * columns) + k]);
            }

            (order[k], order[bestColumn]) = (order[bestColumn], order[k]);
            EliminateBelow(a, null, rows, columns, k, k);
        }

        // Columns 0..rows−1 are pivots and column `rows` is free: back-substitute with the free entry 1.
        var permuted = new double[columns];
        permuted[rows] = 1;
        for (int k = rows - 1; k >= 0; k--)
        {
            double sum = -a[(k * columns) + rows];
            for (int c = k + 1; c < rows; c++)
            {
                sum -= a[(k * columns) + c] * permuted[c];
            }

            permuted[k] = sum / a[(k * columns) + k];
        }

        double norm = Math.Sqrt(permuted.Sum(v => v * v));
        var kernel = new double[columns];
        for (int c = 0; c < columns; c++)
        {
            kernel[order[c]] = permuted[c] / norm;
        }

        return kernel;
    }

    // An all-zero matrix has scale 1, so its zero pivots still count as singular.
    private static double LargestEntry(double[] a)
    {
        double largest = 0;
        foreach (double v in a)
        {
            largest = Math.Max(largest, Math.Abs(v));
        }

        return largest == 0 ? 1 : largest;
    }

    private static void SwapRows(double[] a, int columns, int first, int second)
    {
        if (first == second)
        {
            return;
        }

        for (int c = 0; c < columns; c++)
        {
            (a[(first * columns) + c], a[(second * columns) + c]) = (a[(second * columns) + c], a[(first * columns) + c]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void EliminateBelow(double[] a, double[]? b, int rows, int columns, int pivotRow, int pivotColumn)
    {
        double pivot = a[(pivotRow * columns) + pivotColumn];
        for (int r = pivotRow + 1; r < rows; r++)
        {
            double factor = a[(r * columns) + pivotColumn] / pivot;
            if (factor == 0)
            {
                continue;
            }

            for (int c = pivotColumn; c < columns; c++)
            {
                a[(r * columns) + c] -= factor * a[(pivotRow * columns) + c];
            }

            if (b is not null)
            {
                b[r] -= factor * b[pivotRow];
            }
        }
    }
}
