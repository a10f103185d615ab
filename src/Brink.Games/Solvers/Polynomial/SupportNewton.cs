namespace Brink.Games.Solvers.Polynomial;

/// <summary>
/// Refines an approximate equilibrium on its support: with each player's support S_i fixed, Newton's method on
/// u_ij(x) = u_ij₀(x) for j ∈ S_i and Σ_{j∈S_i} x_ij = 1 (as many equations as unknowns). The Jacobian is taken
/// by differences, which are exact up to rounding because the values are multilinear in the mixtures. Used where a
/// grid answer's regret is still above the tolerance; the result is accepted only if its probabilities are
/// non-negative and its regret is within the tolerance, and is then checked again by the verifier.
/// </summary>
internal static class SupportNewton
{
    private static readonly double[] SupportThresholds = [1e-2, 1e-3, 1e-4];

    public static double[][]? Refine(PayoffTable table, double[][] point, double tolerance)
    {
        foreach (double threshold in SupportThresholds)
        {
            var support = point.Select(row => Enumerable.Range(0, row.Length).Where(j => row[j] >= threshold).ToArray()).ToArray();
            if (support.Any(s => s.Length == 0) || Solve(table, support, point) is not { } refined)
            {
                continue;
            }

            if (refined.All(row => row.All(p => p >= 0)) && table.MaxRegret(refined) <= tolerance)
            {
                return refined;
            }
        }

        return null;
    }

    private static double[][]? Solve(PayoffTable table, int[][] support, double[][] start)
    {
        var x = start.Select(row => new double[row.Length]).ToArray();
        for (int i = 0; i < support.Length; i++)
        {
            double total = support[i].Sum(j => start[i][j]);
            foreach (int j in support[i])
            {
                x[i][j] = start[i][j] / total;
            }
        }

        int unknowns = support.Sum(s => s.Length);
        for (int iteration = 0; iteration < 50; iteration++)
        {
            var residual = Residual(table, support, x);
            if (residual.Max(Math.Abs) < 1e-13)
            {
                return x;
            }

            var jacobian = new double[unknowns, unknowns];
            int column = 0;
            for (int i = 0; i < support.Length; i++)
            {
                foreach (int j in support[i])
                {
                    const double step = 1e-6;
                    double saved = x[i][j];
                    x[i][j] = saved + step;
                    var shifted = Residual(table, support, x);
                    x[i][j] = saved;
                    for (int row = 0; row < unknowns; row++)
                    {
                        jacobian[row, column] = (shifted[row] - residual[row]) / step;
                    }

                    column++;
                }
            }

            if (GaussianElimination(jacobian, residual) is not { } delta)
            {
                return null;
            }

            column = 0;
            for (int i = 0; i < support.Length; i++)
            {
                foreach (int j in support[i])
                {
                    x[i][j] -= delta[column++];
                }
            }
        }

        return Residual(table, support, x).Max(Math.Abs) < 1e-10 ? x : null;
    }

    private static double[] Residual(PayoffTable table, int[][] support, double[][] x)
    {
        var values = table.PureValues(x);
        var residual = new List<double>();
        for (int i = 0; i < support.Length; i++)
        {
            residual.Add(support[i].Sum(j => x[i][j]) - 1);
            for (int k = 1; k < support[i].Length; k++)
            {
                residual.Add(values[i][support[i][k]] - values[i][support[i][0]]);
            }
        }

        return [.. residual];
    }

    // Solves a x = b with partial pivoting; null when a is singular.
    private static double[]? GaussianElimination(double[,] a, double[] b)
    {
        int n = b.Length;
        var rhs = (double[])b.Clone();
        for (int k = 0; k < n; k++)
        {
            int pivot = k;
            for (int r = k + 1; r < n; r++)
            {
                pivot = Math.Abs(a[r, k]) > Math.Abs(a[pivot, k]) ? r : pivot;
            }

            if (Math.Abs(a[pivot, k]) < 1e-12)
            {
                return null;
            }

            for (int c = 0; c < n; c++)
            {
                (a[k, c], a[pivot, c]) = (a[pivot, c], a[k, c]);
            }

            (rhs[k], rhs[pivot]) = (rhs[pivot], rhs[k]);
            for (int r = k + 1; r < n; r++)
            {
                double factor = a[r, k] / a[k, k];
                for (int c = k; c < n; c++)
                {
                    a[r, c] -= factor * a[k, c];
                }

                rhs[r] -= factor * rhs[k];
            }
        }

        var solution = new double[n];
        for (int k = n - 1; k >= 0; k--)
        {
            double sum = rhs[k];
            for (int c = k + 1; c < n; c++)
            {
                sum -= a[k, c] * solution[c];
            }

            solution[k] = sum / a[k, k];
        }

        return solution;
    }
}
