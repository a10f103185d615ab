namespace Brink.Games.Solvers.QuantalResponse;

/// <summary>
/// Follows the branch of H(x, λ) = 0 that starts at the uniform profile at λ = 0, by arc length: an Euler
/// predictor along the tangent, then chord-Newton corrections with the Jacobian factored at the predicted point.
/// Step sizes adapt to how far and how fast the corrector converges (Allgower and Georg, ch. 6). The arc-length
/// parameterisation goes round folds where λ turns back.
/// </summary>
/// <remarks>
/// At a simple bifurcation the orientation det [J; tᵀ] changes sign. The tracer then perturbs the first equation
/// slightly for a short stretch, which splits the crossing branches so the path bends smoothly onto one of them.
/// </remarks>
internal static class LogitPathTracer
{
    private const double Perturbation = 1e-7;

    /// <summary>
    /// Traces from <paramref name="start"/> (length n + 1, λ last) until <paramref name="stop"/> holds for an
    /// accepted point, or the step size collapses.
    /// </summary>
    public static LogitTrace Trace(
        LogitSystem system, double[] start, LogitTracerSettings settings, Func<double[], bool> stop)
    {
        int n = system.VariableCount;
        var point = (double[])start.Clone();
        double[]? previous = null;
        var jacobian = new double[n * (n + 1)];
        var residual = new double[n];
        var qr = new LogitQrDecomposition(n);
        var tangent = new double[n + 1];
        var nextTangent = new double[n + 1];
        var candidate = new double[n + 1];
        var correction = new double[n + 1];

        system.Evaluate(point, residual, jacobian);
        qr.Factor(jacobian);
        qr.Tangent(tangent);
        double direction = tangent[n] >= 0 ? 1 : -1;
        double step = settings.FirstStep, perturbation = 0, perturbationLeft = 0;
        int steps = 0, rejections = 0, bifurcations = 0;
        while (!stop(point))
        {
            if (step <= settings.MinStep)
            {
                return new LogitTrace(point, previous, steps, rejections, bifurcations, false, "the step size fell below its minimum");
            }

            for (int k = 0; k <= n; k++)
            {
                candidate[k] = point[k] + (step * direction * tangent[k]);
            }

            system.Evaluate(candidate, residual, jacobian);
            qr.Factor(jacobian);
            double slowdown = Correct(system, settings, qr, candidate, residual, correction, perturbation);
            bool accepted = !double.IsNaN(slowdown);
            if (accepted)
            {
                qr.Tangent(nextTangent);
                if (Dot(tangent, nextTangent) < 0)
                {
                    bifurcations++;
                    accepted = false;
                    if (perturbationLeft == 0)
                    {
                        perturbation = Perturbation;
                        perturbationLeft = 2 * step;
                    }
                }
            }

            if (!accepted)
            {
                rejections++;
                step /= settings.MaxGrowth;
                continue;
            }

            previous ??= new double[n + 1];
            (previous, point, candidate) = (point, candidate, previous);
            (tangent, nextTangent) = (nextTangent, tangent);
            step /= Math.Min(slowdown, settings.MaxGrowth);
            steps++;
            if (perturbationLeft > 0)
            {
                perturbationLeft -= step;
                if (perturbationLeft <= 0)
                {
                    perturbation = 0;
                    perturbationLeft = 0;
                }
            }
        }

        return new LogitTrace(point, previous, steps, rejections, bifurcations, true, "converged");
    }

    /// <summary>Dot product of two tangents.</summary>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int k = 0; k < a.Length; k++)
        {
            sum += a[k] * b[k];
        }

        return sum;
    }

    // Chord-Newton from the predicted point. Returns the factor to divide the step by, or NaN to reject the step.
    private static double Correct(
        LogitSystem system,
        LogitTracerSettings settings,
        LogitQrDecomposition qr,
        double[] candidate,
        double[] residual,
        double[] correction,
        double perturbation)
    {
        double slowdown = 1 / settings.MaxGrowth, lastDistance = 0;
        for (int iteration = 1; iteration <= settings.MaxCorrectorIterations; iteration++)
        {
            if (iteration > 1)
            {
                system.Evaluate(candidate, residual, null);
            }

            residual[0] += perturbation;
            double distance = qr.Correction(residual, correction);
            if (!double.IsFinite(distance) || distance >= settings.MaxDistance)
            {
                return double.NaN;
            }

            for (int k = 0; k < candidate.Length; k++)
            {
                candidate[k] += correction[k];
            }

            slowdown = Math.Max(slowdown, Math.Sqrt(distance / settings.MaxDistance) * settings.MaxGrowth);
            if (iteration >= 2)
            {
                double contraction = distance / (lastDistance + settings.ContractionGuard);
                if (contraction > settings.MaxContraction)
                {
                    return double.NaN;
                }

                slowdown = Math.Max(slowdown, Math.Sqrt(contraction / settings.MaxContraction) * settings.MaxGrowth);
            }

            if (distance <= settings.CorrectorTolerance)
            {
                return slowdown;
            }

            lastDistance = distance;
        }

        return double.NaN;
    }
}
