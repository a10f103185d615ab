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
    public static RidgeMultinomialLogit Fit(IReadOnlyList<double[]> x, IReadOnlyList<int> y, int classes, double ridge)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        int n = x.Count, p = x[0].Length, width = p + 1;
        var mean = new double[p];
        var scale = new double[p];
        for (int j = 0; j < p; j++)
        {
            mean[j] = x.Average(row => row[j]);
            double sd = Math.Sqrt(x.Average(row => (row[j] - mean[j]) * (row[j] - mean[j])));
            scale[j] = sd > 1e-9 ? sd : 1;
        }

        var z = x.Select(row => Standardise(row, mean, scale)).ToArray();
        var beta = new double[classes, width];
        int dimension = classes * width;
        for (int iteration = 0; iteration < 50; iteration++)
        {
            var gradient = new double[dimension];
            var hessian = new double[dimension, dimension];
            for (int i = 0; i < n; i++)
            {
                var prob = Probabilities(beta, z[i], classes);
                for (int c = 0; c < classes; c++)
                {
                    double residual = (y[i] == c ? 1 : 0) - prob[c];
                    for (int j = 0; j < width; j++)
                    {
                        gradient[(c * width) + j] += residual * z[i][j];
                    }

                    for (int d = 0; d < classes; d++)
                    {
                        double w = prob[c] * ((c == d ? 1 : 0) - prob[d]);
                        for (int j = 0; j < width; j++)
                        {
                            for (int k = 0; k < width; k++)
                            {
                                hessian[(c * width) + j, (d * width) + k] += w * z[i][j] * z[i][k];
                            }
                        }
                    }
                }
            }

            for (int c = 0; c < classes; c++)
            {
                for (int j = 0; j < width; j++)
                {
                    // The intercept (j = 0) gets a tiny penalty only, to keep the Hessian invertible.
                    double penalty = j == 0 ? 1e-6 : ridge;
                    gradient[(c * width) + j] -= penalty * beta[c, j];
                    hessian[(c * width) + j, (c * width) + j] += penalty;
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

        return new RidgeMultinomialLogit(mean, scale, beta);
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

    /// <summary>Solves the symmetric positive definite system A x = b by Cholesky.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        int n = b.Length;
        var l = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = a[i, j];
                for (int k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                l[i, j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / l[j, j];
            }
        }

        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            double sum = b[i];
            for (int k = 0; k < i; k++)
            {
                sum -= l[i, k] * y[k];
            }

            y[i] = sum / l[i, i];
        }

        var x = new double[n];
        for (int i = n - 1; i >= 0; i--)
        {
            double sum = y[i];
            for (int k = i + 1; k < n; k++)
            {
                sum -= l[k, i] * x[k];
            }

            x[i] = sum / l[i, i];
        }

        return x;
    }
}
