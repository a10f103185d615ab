using Brink.Model.Uncertainty;

namespace Brink.Analysis.Fitting;

/// <summary>Central finite-difference Hessian and the covariance it implies (Laplace approximation).</summary>
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

    /// <summary>
    /// The Laplace approximation's covariance H⁻¹, made positive definite: H is taken to prior-standardised units
    /// (H̃ = S·H·S, S = diag(prior scales)), where the Gaussian prior contributes exactly the identity, so
    /// H̃ = I + L̃ with L̃ the likelihood's curvature. Eigenvalues of H̃ below 1 are raised to 1, which sets the
    /// likelihood's negative curvature (a saddle, a bound, finite-difference noise) to zero: in such a direction
    /// the posterior keeps the prior's width, never more. Then Σ = S·H̃⁻¹·S.
    /// </summary>
    public static double[,] Covariance(double[,] hessian, IReadOnlyList<double> priorScales)
    {
        int n = hessian.GetLength(0);
        var standardised = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                // Symmetrised so the decomposition sees an exactly symmetric matrix whatever filled it.
                standardised[i, j] = 0.5 * (hessian[i, j] + hessian[j, i]) * priorScales[i] * priorScales[j];
            }
        }

        var (values, vectors) = SymmetricMatrix.Eigen(standardised);
        var inverse = SymmetricMatrix.Compose(values, vectors, v => 1 / Math.Max(v, 1));
        var covariance = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                covariance[i, j] = inverse[i, j] * priorScales[i] * priorScales[j];
            }
        }

        return covariance;
    }

    private static double[] Shift(double[] x, int i, double by)
    {
        var y = (double[])x.Clone();
        y[i] += by;
        return y;
    }
}
