namespace Brink.Analysis.Fitting;

/// <summary>Central finite-difference Hessian and the standard errors it implies (Laplace approximation).</summary>
internal static class Hessian
{
    public static double[,] Compute(Func<double[], double> f, double[] x, double[] steps)
    {
        int n = x.Length;
        var h = new double[n, n];
        double f0 = f(x);
        for (int i = 0; i < n; i++)
        {
            double fPlus = f(Shift(x, i, steps[i])), fMinus = f(Shift(x, i, -steps[i]));
            h[i, i] = (fPlus - (2 * f0) + fMinus) / (steps[i] * steps[i]);
            for (int j = 0; j < i; j++)
            {
                double pp = f(Shift(Shift(x, i, steps[i]), j, steps[j]));
                double pm = f(Shift(Shift(x, i, steps[i]), j, -steps[j]));
                double mp = f(Shift(Shift(x, i, -steps[i]), j, steps[j]));
                double mm = f(Shift(Shift(x, i, -steps[i]), j, -steps[j]));
                h[i, j] = h[j, i] = (pp - pm - mp + mm) / (4 * steps[i] * steps[j]);
            }
        }

        return h;
    }

    /// <summary>sqrt of the diagonal of H⁻¹; NaN throughout when H is not positive definite.</summary>
    public static double[] StandardErrors(double[,] hessian)
    {
        int n = hessian.GetLength(0);
        var inverse = Invert(hessian);
        var result = new double[n];
        for (int i = 0; i < n; i++)
        {
            result[i] = inverse is not null && inverse[i, i] > 0 ? Math.Sqrt(inverse[i, i]) : double.NaN;
        }

        return result;
    }

    /// <summary>Inverse by Cholesky; null unless positive definite.</summary>
    private static double[,]? Invert(double[,] a)
    {
        int n = a.GetLength(0);
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

                if (i == j)
                {
                    if (sum <= 0)
                    {
                        return null;
                    }

                    l[i, i] = Math.Sqrt(sum);
                }
                else
                {
                    l[i, j] = sum / l[j, j];
                }
            }
        }

        var inverse = new double[n, n];
        for (int column = 0; column < n; column++)
        {
            var y = new double[n];
            for (int i = 0; i < n; i++)
            {
                double sum = i == column ? 1 : 0;
                for (int k = 0; k < i; k++)
                {
                    sum -= l[i, k] * y[k];
                }

                y[i] = sum / l[i, i];
            }

            for (int i = n - 1; i >= 0; i--)
            {
                double sum = y[i];
                for (int k = i + 1; k < n; k++)
                {
                    sum -= l[k, i] * inverse[k, column];
                }

                inverse[i, column] = sum / l[i, i];
            }
        }

        return inverse;
    }

    private static double[] Shift(double[] x, int i, double by)
    {
        var y = (double[])x.Clone();
        y[i] += by;
        return y;
    }
}
