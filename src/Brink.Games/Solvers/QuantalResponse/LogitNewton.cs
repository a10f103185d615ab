namespace Brink.Games.Solvers.QuantalResponse;

/// <summary>
/// Newton's method on H(x, λ) = 0 with λ held fixed: lands a path point exactly on a target λ, polishes a
/// trace's end point, and refines warm starts. Dense LU with partial pivoting on the n × n Jacobian in x.
/// </summary>
internal static class LogitNewton
{
    private const int MaxIterations = 30;

    /// <summary>
    /// Refines <paramref name="point"/> in place (λ = its last entry, unchanged). Returns whether Newton converged
    /// (steps shrank below 1e-11); on failure the point keeps the best iterate by residual size.
    /// </summary>
    public static bool Solve(LogitSystem system, double[] point)
    {
        int n = system.VariableCount;
        if (n == 0)
        {
            return true;
        }

        var jacobian = new double[n * (n + 1)];
        var residual = new double[n];
        var matrix = new double[n * n];
        var pivots = new int[n];
        var best = (double[])point.Clone();
        double bestResidual = double.PositiveInfinity;
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            system.Evaluate(point, residual, jacobian);
            double size = MaxAbs(residual);
            if (!double.IsFinite(size))
            {
                break;
            }

            if (size < bestResidual)
            {
                bestResidual = size;
                Array.Copy(point, best, point.Length);
            }

            for (int i = 0; i < n; i++)
            {
                Array.Copy(jacobian, i * (n + 1), matrix, i * n, n);
            }

            if (!Factor(matrix, pivots, n))
            {
                break;
            }

            Substitute(matrix, pivots, n, residual);
            double change = 0;
            for (int k = 0; k < n; k++)
            {
                point[k] -= residual[k];
                change = Math.Max(change, Math.Abs(residual[k]));
            }

            if (change < 1e-11)
            {
                return true;
            }
        }

        Array.Copy(best, point, point.Length);
        return false;
    }

    private static double MaxAbs(ReadOnlySpan<double> values)
    {
        double max = 0;
        foreach (double v in values)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        return double.IsNaN(max) ? double.PositiveInfinity : max;
    }

    private static bool Factor(double[] a, int[] pivots, int n)
    {
        // Hot loop of every path step; index arithmetic stays far below int.MaxValue.
        unchecked
        {
            for (int k = 0; k < n; k++)
            {
                int pivot = k;
                for (int r = k + 1; r < n; r++)
                {
                    if (Math.Abs(a[(r * n) + k]) > Math.Abs(a[(pivot * n) + k]))
                    {
                        pivot = r;
                    }
                }

                if (a[(pivot * n) + k] == 0)
                {
                    return false;
                }

                pivots[k] = pivot;
                if (pivot != k)
                {
                    for (int c = 0; c < n; c++)
                    {
                        (a[(k * n) + c], a[(pivot * n) + c]) = (a[(pivot * n) + c], a[(k * n) + c]);
                    }
                }

                double inverse = 1 / a[(k * n) + k];
                for (int r = k + 1; r < n; r++)
                {
                    double factor = a[(r * n) + k] * inverse;
                    a[(r * n) + k] = factor;
                    if (factor == 0)
                    {
                        continue;
                    }

                    for (int c = k + 1; c < n; c++)
                    {
                        a[(r * n) + c] -= factor * a[(k * n) + c];
                    }
                }
            }

            return true;
        }
    }

    // Solves A d = b in place in b.
    private static void Substitute(double[] a, int[] pivots, int n, double[] b)
    {
        // Hot loop of every path step; index arithmetic stays far below int.MaxValue.
        unchecked
        {
            // Rows were swapped whole (multipliers included), so apply every swap first, then L.
            for (int k = 0; k < n; k++)
            {
                (b[k], b[pivots[k]]) = (b[pivots[k]], b[k]);
            }

            for (int k = 0; k < n; k++)
            {
                for (int r = k + 1; r < n; r++)
                {
                    b[r] -= a[(r * n) + k] * b[k];
                }
            }

            for (int k = n - 1; k >= 0; k--)
            {
                double sum = b[k];
                for (int c = k + 1; c < n; c++)
                {
                    sum -= a[(k * n) + c] * b[c];
                }

                b[k] = sum / a[(k * n) + k];
            }
        }
    }
}
