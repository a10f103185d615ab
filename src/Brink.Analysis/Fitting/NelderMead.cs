namespace Brink.Analysis.Fitting;

/// <summary>
/// Box-constrained Nelder–Mead minimisation (Lagarias et al. 1998 coefficients; points are clamped into the box).
/// Derivative-free, because the model's probabilities come out of an equilibrium computation whose gradient is
/// not available in closed form. Deterministic.
/// </summary>
internal static class NelderMead
{
    public static (double[] Minimum, double Value, int Evaluations) Minimize(
        Func<double[], double> objective, double[] start, double[] scale, double[] lower, double[] upper, int maxEvaluations, double tolerance)
    {
        int n = start.Length;
        var points = new double[n + 1][];
        var values = new double[n + 1];
        int evaluations = 0;
        double Evaluate(double[] x)
        {
            evaluations++;
            double v = objective(x);
            return double.IsFinite(v) ? v : double.MaxValue;
        }

        points[0] = Clamp((double[])start.Clone(), lower, upper);
        values[0] = Evaluate(points[0]);
        for (int i = 0; i < n; i++)
        {
            var p = (double[])points[0].Clone();
            p[i] += p[i] + scale[i] <= upper[i] ? scale[i] : -scale[i];
            points[i + 1] = Clamp(p, lower, upper);
            values[i + 1] = Evaluate(points[i + 1]);
        }

        while (evaluations < maxEvaluations)
        {
            var order = Enumerable.Range(0, n + 1).OrderBy(i => values[i]).ToArray();
            var sortedPoints = order.Select(i => points[i]).ToArray();
            var sortedValues = order.Select(i => values[i]).ToArray();
            points = sortedPoints;
            values = sortedValues;
            if (values[n] - values[0] <= tolerance * (1 + Math.Abs(values[0])) && Spread(points, scale) < 1e-6)
            {
                break;
            }

            var centroid = new double[n];
            for (int i = 0; i < n; i++)
            {
                for (int k = 0; k < n; k++)
                {
                    centroid[k] += points[i][k] / n;
                }
            }

            var reflected = Along(centroid, points[n], -1, lower, upper);
            double fr = Evaluate(reflected);
            if (fr < values[0])
            {
                var expanded = Along(centroid, points[n], -2, lower, upper);
                double fe = Evaluate(expanded);
                (points[n], values[n]) = fe < fr ? (expanded, fe) : (reflected, fr);
            }
            else if (fr < values[n - 1])
            {
                (points[n], values[n]) = (reflected, fr);
            }
            else
            {
                bool outside = fr < values[n];
                var contracted = Along(centroid, points[n], outside ? -0.5 : 0.5, lower, upper);
                double fc = Evaluate(contracted);
                if (fc < (outside ? fr : values[n]))
                {
                    (points[n], values[n]) = (contracted, fc);
                }
                else
                {
                    for (int i = 1; i <= n; i++)
                    {
                        points[i] = Along(points[0], points[i], 0.5, lower, upper);
                        values[i] = Evaluate(points[i]);
                    }
                }
            }
        }

        int best = Array.IndexOf(values, values.Min());
        return (points[best], values[best], evaluations);
    }

    /// <summary>centroid + t · (point − centroid), clamped.</summary>
    private static double[] Along(double[] centroid, double[] point, double t, double[] lower, double[] upper)
    {
        var result = new double[centroid.Length];
        for (int k = 0; k < result.Length; k++)
        {
            result[k] = centroid[k] + (t * (point[k] - centroid[k]));
        }

        return Clamp(result, lower, upper);
    }

    private static double[] Clamp(double[] x, double[] lower, double[] upper)
    {
        for (int k = 0; k < x.Length; k++)
        {
            x[k] = Math.Clamp(x[k], lower[k], upper[k]);
        }

        return x;
    }

    private static double Spread(double[][] points, double[] scale)
    {
        double spread = 0;
        for (int i = 1; i < points.Length; i++)
        {
            for (int k = 0; k < scale.Length; k++)
            {
                spread = Math.Max(spread, Math.Abs(points[i][k] - points[0][k]) / scale[k]);
            }
        }

        return spread;
    }
}
