namespace Brink.Analysis.Backtest;

/// <summary>
/// Multinomial logistic regression with an L2 (ridge) penalty on standardised features, fitted by Newton's
/// method (the penalised log likelihood is strictly concave, so the optimum is unique and the fit is
/// deterministic). The intercepts are not penalised. Used as the reduced-form baseline of backtests.
/// </summary>
public sealed class RidgeMultinomialLogit
{
    private readonly double[] mean;
    private readonly double[] scale;
    private readonly double[,] coefficients;

    private RidgeMultinomialLogit(double[] mean, double[] scale, double[,] coefficients)
    {
        this.mean = mean;
        this.scale = scale;
        this.coefficients = coefficients;
    }

    /// <summary>Fits K classes on rows <paramref name="x"/> with labels <paramref name="y"/> and penalty <paramref name="ridge"/>.</summary>
    public static RidgeMultinomialLogit Fit(IReadOnlyList<double[]> x, IReadOnlyList<int> y, int classes, double ridge) =>
        FitPath(x, y, classes, [ridge])[0];

    /// <summary>
    /// One fit per penalty of <paramref name="ridges"/>, in that order, each Newton run starting at the previous
    /// answer (a path from strong to weak penalties converges in a few steps). The optimum is unique, so each
    /// equals <see cref="Fit"/> with that penalty up to the convergence tolerance.
    /// </summary>
    public static IReadOnlyList<RidgeMultinomialLogit> FitPath(IReadOnlyList<double[]> x, IReadOnlyList<int> y, int classes, IReadOnlyList<double> ridges)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(ridges);
        int p = x[0].Length;
        var mean = new double[p];
        var scale = new double[p];
        for (int j = 0; j < p; j++)
        {
            mean[j] = x.Average(row => row[j]);
            double sd = Math.Sqrt(x.Average(row => (row[j] - mean[j]) * (row[j] - mean[j])));
            scale[j] = sd > 1e-9 ? sd : 1;
        }

        var z = x.Select(row => Standardise(row, mean, scale)).ToArray();
        // A class absent from the rows has its penalised optimum at an intercept near −20 (p ≈ 1e-7), which
        // Newton approaches a unit step at a time; it is fitted out instead and given probability 0, its limit.
        var present = Enumerable.Range(0, classes).Where(c => y.Contains(c)).ToArray();
        var compactY = y.Select(c => Array.IndexOf(present, c)).ToArray();
        var beta = new double[present.Length, p + 1];
        var models = new List<RidgeMultinomialLogit>(ridges.Count);
        foreach (double ridge in ridges)
        {
            Newton(z, compactY, present.Length, ridge, beta);
            var full = new double[classes, p + 1];
            for (int c = 0; c < classes; c++)
            {
                full[c, 0] = double.NegativeInfinity;
            }

            for (int c = 0; c < present.Length; c++)
            {
                for (int j = 0; j <= p; j++)
                {
                    full[present[c], j] = beta[c, j];
                }
            }

            models.Add(new RidgeMultinomialLogit(mean, scale, full));
        }

        return models;
    }

    /// <summary>Newton's method on the penalised log likelihood from <paramref name="beta"/>, in place.</summary>
    private static void Newton(double[][] z, IReadOnlyList<int> y, int classes, double ridge, double[,] beta)
    {
        int n = z.Length, width = beta.GetLength(1), dimension = classes * width;
        var gradient = new double[dimension];
        var hessian = new double[dimension * dimension];
        var outer = new double[width * width];
        for (int iteration = 0; iteration < 50; iteration++)
        {
            Array.Clear(gradient);
            Array.Clear(hessian);
            // unchecked: the hot loop of every baseline refit (measured: most of a backtest's logistic time);
            // the indices are bounded by the array sizes.
            unchecked
            {
                for (int i = 0; i < n; i++)
                {
                    var zi = z[i];
                    var prob = Probabilities(beta, zi, classes);
                    for (int j = 0; j < width; j++)
                    {
                        for (int k = 0; k < width; k++)
                        {
                            outer[(j * width) + k] = zi[j] * zi[k];
                        }
                    }

                    for (int c = 0; c < classes; c++)
                    {
                        double residual = (y[i] == c ? 1 : 0) - prob[c];
                        for (int j = 0; j < width; j++)
                        {
                            gradient[(c * width) + j] += residual * zi[j];
                        }

                        // The upper triangle only (blocks d >= c, and k >= j within a diagonal block); mirrored below.
                        for (int d = c; d < classes; d++)
                        {
                            double w = prob[c] * ((c == d ? 1 : 0) - prob[d]);
                            for (int j = 0; j < width; j++)
                            {
                                int row = (((c * width) + j) * dimension) + (d * width), product = j * width;
                                for (int k = c == d ? j : 0; k < width; k++)
                                {
                                    hessian[row + k] += w * outer[product + k];
                                }
                            }
                        }
                    }
                }

                for (int r = 0; r < dimension; r++)
                {
                    for (int q = 0; q < r; q++)
                    {
                        hessian[(r * dimension) + q] = hessian[(q * dimension) + r];
                    }
                }
            }

            for (int c = 0; c < classes; c++)
            {
                for (int j = 0; j < width; j++)
                {
                    // The intercept (j = 0) gets a tiny penalty only, to keep the Hessian invertible.
                    double penalty = j == 0 ? 1e-6 : ridge;
                    int index = (c * width) + j;
                    gradient[index] -= penalty * beta[c, j];
                    hessian[(index * dimension) + index] += penalty;
                }
            }

            var step = Solve(hessian, gradient);
            double largest = 0;
            for (int c = 0; c < classes; c++)
            {
                for (int j = 0; j < width; j++)
                {
                    beta[c, j] += step[(c * width) + j];
                    largest = Math.Max(largest, Math.Abs(step[(c * width) + j]));
                }
            }

            if (largest < 1e-10)
            {
                break;
            }
        }
    }

    /// <summary>Class probabilities for one row.</summary>
    public double[] Predict(double[] row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Probabilities(coefficients, Standardise(row, mean, scale), coefficients.GetLength(0));
    }

    private static double[] Standardise(double[] row, double[] mean, double[] scale)
    {
        var z = new double[row.Length + 1];
        z[0] = 1;
        for (int j = 0; j < row.Length; j++)
        {
            z[j + 1] = (row[j] - mean[j]) / scale[j];
        }

        return z;
    }

    private static double[] Probabilities(double[,] beta, double[] z, int classes)
    {
        var eta = new double[classes];
        for (int c = 0; c < classes; c++)
        {
            for (int j = 0; j < z.Length; j++)
            {
                eta[c] += beta[c, j] * z[j];
            }
        }

        double max = eta.Max(), sum = 0;
        for (int c = 0; c < classes; c++)
        {
            eta[c] = Math.Exp(eta[c] - max);
            sum += eta[c];
        }

        for (int c = 0; c < classes; c++)
        {
            eta[c] /= sum;
        }

        return eta;
    }

    /// <summary>
    /// Σ x_k y_k in four interleaved partial sums, added in a fixed order: four independent chains instead of one
    /// halve a backtest's logistic time (the Cholesky factorisation is most of it), and the result does not
    /// depend on the machine's vector width.
    /// </summary>
    private static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int k = 0;
        for (; k + 3 < x.Length; k += 4)
        {
            s0 += x[k] * y[k];
            s1 += x[k + 1] * y[k + 1];
            s2 += x[k + 2] * y[k + 2];
            s3 += x[k + 3] * y[k + 3];
        }

        for (; k < x.Length; k++)
        {
            s0 += x[k] * y[k];
        }

        return (s0 + s1) + (s2 + s3);
    }

    /// <summary>Solves the symmetric positive definite system A x = b (A row-major, n × n) by Cholesky, in place.</summary>
    private static double[] Solve(double[] a, double[] b)
    {
        int n = b.Length;
        // unchecked: the O(n³) part of each Newton step; indices are bounded by n².
        unchecked
        {
            // The lower triangle of A becomes L (A = L Lᵀ), row by row.
            for (int i = 0; i < n; i++)
            {
                int rowI = i * n;
                for (int j = 0; j <= i; j++)
                {
                    int rowJ = j * n;
                    double sum = a[rowI + j] - Dot(a.AsSpan(rowI, j), a.AsSpan(rowJ, j));
                    a[rowI + j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / a[rowJ + j];
                }
            }

            var x = (double[])b.Clone();
            for (int i = 0; i < n; i++)
            {
                double sum = x[i];
                for (int k = 0; k < i; k++)
                {
                    sum -= a[(i * n) + k] * x[k];
                }

                x[i] = sum / a[(i * n) + i];
            }

            for (int i = n - 1; i >= 0; i--)
            {
                double sum = x[i];
                for (int k = i + 1; k < n; k++)
                {
                    sum -= a[(k * n) + i] * x[k];
                }

                x[i] = sum / a[(i * n) + i];
            }

            return x;
        }
    }
}
