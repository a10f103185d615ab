namespace Brink.Games.Numerics;

/// <summary>Dense linear solves in doubles for the small Newton systems of the support methods.</summary>
internal static class DenseLinear
{
    /// <summary>
    /// Solves a·x = b by Gaussian elimination with partial pivoting, leaving <paramref name="a"/> and
    /// <paramref name="b"/> unchanged; null when a pivot is below <paramref name="singular"/> times the largest entry.
    /// </summary>
    public static double[]? Solve(double[,] a, double[] b, double singular)
    {
        int n = b.Length;
        var m = (double[,])a.Clone();
        var rhs = (double[])b.Clone();
        double largest = 0;
        foreach (double v in m)
        {
            largest = Math.Max(largest, Math.Abs(v));
        }

        double threshold = singular * Math.Max(largest, 1e-300);
        for (int k = 0; k < n; k++)
        {
            int pivot = k;
            for (int r = k + 1; r < n; r++)
            {
                pivot = Math.Abs(m[r, k]) > Math.Abs(m[pivot, k]) ? r : pivot;
            }

            if (Math.Abs(m[pivot, k]) <= threshold)
            {
                return null;
            }

            if (pivot != k)
            {
                for (int c = 0; c < n; c++)
                {
                    (m[k, c], m[pivot, c]) = (m[pivot, c], m[k, c]);
                }

                (rhs[k], rhs[pivot]) = (rhs[pivot], rhs[k]);
            }

            for (int r = k + 1; r < n; r++)
            {
                double factor = m[r, k] / m[k, k];
                if (factor == 0)
                {
                    continue;
                }

                for (int c = k; c < n; c++)
                {
                    m[r, c] -= factor * m[k, c];
                }

                rhs[r] -= factor * rhs[k];
            }
        }

        var x = new double[n];
        for (int k = n - 1; k >= 0; k--)
        {
            double sum = rhs[k];
            for (int c = k + 1; c < n; c++)
            {
                sum -= m[k, c] * x[c];
            }

            x[k] = sum / m[k, k];
        }

        return x;
    }
}
