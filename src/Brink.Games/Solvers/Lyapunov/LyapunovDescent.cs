namespace Brink.Games.Solvers.Lyapunov;

/// <summary>
/// Minimises a <see cref="LyapunovFunction"/> over the product of simplices by the spectral projected gradient
/// method (Birgin, Martínez and Raydan 2000): a Barzilai–Borwein step, projection of each player's mixture onto
/// its simplex, and a non-monotone Armijo line search over the last ten values. Gambit minimises the same function
/// by conjugate gradients with penalty terms; the two searches can stop at different points of a continuum of
/// equilibria, or at different local minima, from the same start.
/// </summary>
internal static class LyapunovDescent
{
    private const int Memory = 10;
    private const double Sufficient = 1e-4;

    /// <summary>The point reached and its largest regret, after at most <paramref name="maxIterations"/> steps.</summary>
    public static (double[][] Point, double Regret, int Iterations) Minimise(
        LyapunovFunction function, double[][] start, double targetRegret, int maxIterations)
    {
        var x = start.Select(row => (double[])row.Clone()).ToArray();
        var gradient = function.Counts.Select(n => new double[n]).ToArray();
        double value = function.Evaluate(x, gradient, out double regret);
        var history = new Queue<double>([value]);
        double step = 1.0 / Math.Max(1e-12, MaxAbs(gradient));
        int iteration = 0;
        for (; iteration < maxIterations && regret > targetRegret; iteration++)
        {
            var direction = Direction(x, gradient, step);
            double slope = Dot(gradient, direction);
            if (MaxAbs(direction) < 1e-15 || slope >= 0)
            {
                break; // stationary: a local minimum (an equilibrium only if the regret is zero)
            }

            double reference = history.Max();
            double lambda = 1;
            double[][] candidate;
            var candidateGradient = function.Counts.Select(n => new double[n]).ToArray();
            double candidateValue, candidateRegret;
            while (true)
            {
                candidate = Shift(x, direction, lambda);
                candidateValue = function.Evaluate(candidate, candidateGradient, out candidateRegret);
                if (candidateValue <= reference + (Sufficient * lambda * slope) || lambda < 1e-12)
                {
                    break;
                }

                lambda *= 0.5;
            }

            double ss = 0, sy = 0;
            for (int i = 0; i < x.Length; i++)
            {
                for (int j = 0; j < x[i].Length; j++)
                {
                    double s = candidate[i][j] - x[i][j];
                    ss += s * s;
                    sy += s * (candidateGradient[i][j] - gradient[i][j]);
                }
            }

            step = sy > 0 ? Math.Clamp(ss / sy, 1e-12, 1e12) : 1e12;
            (x, gradient, value, regret) = (candidate, candidateGradient, candidateValue, candidateRegret);
            history.Enqueue(value);
            if (history.Count > Memory)
            {
                history.Dequeue();
            }
        }

        return (x, regret, iteration);
    }

    // P(x − step·g) − x, player by player.
    private static double[][] Direction(double[][] x, double[][] gradient, double step)
    {
        var direction = new double[x.Length][];
        for (int i = 0; i < x.Length; i++)
        {
            var target = new double[x[i].Length];
            for (int j = 0; j < target.Length; j++)
            {
                target[j] = x[i][j] - (step * gradient[i][j]);
            }

            var projected = ProjectOntoSimplex(target);
            direction[i] = new double[target.Length];
            for (int j = 0; j < target.Length; j++)
            {
                direction[i][j] = projected[j] - x[i][j];
            }
        }

        return direction;
    }

    /// <summary>The nearest point of the probability simplex (Held, Wolfe and Crowder 1974: sort, find the threshold).</summary>
    public static double[] ProjectOntoSimplex(double[] v)
    {
        var sorted = v.OrderByDescending(a => a).ToArray();
        double cumulative = 0, threshold = 0;
        for (int k = 0; k < sorted.Length; k++)
        {
            cumulative += sorted[k];
            double candidate = (cumulative - 1) / (k + 1);
            if (sorted[k] - candidate > 0)
            {
                threshold = candidate;
            }
        }

        return [.. v.Select(a => Math.Max(0, a - threshold))];
    }

    private static double[][] Shift(double[][] x, double[][] direction, double lambda) =>
        [.. x.Select((row, i) => row.Select((v, j) => Math.Max(0, v + (lambda * direction[i][j]))).ToArray())];

    private static double Dot(double[][] a, double[][] b) => a.Select((row, i) => row.Select((v, j) => v * b[i][j]).Sum()).Sum();

    private static double MaxAbs(double[][] a) => a.SelectMany(r => r).Select(Math.Abs).DefaultIfEmpty(0).Max();
}
