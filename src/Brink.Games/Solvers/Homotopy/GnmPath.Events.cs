namespace Brink.Games.Solvers.Homotopy;

/// <summary>
/// The path's events: which boundary of the cell comes next along the tangent, which was crossed inside a smooth
/// step, whether a corrected landing is the one predicted, and the bookkeeping of crossings of λ = 0.
/// </summary>
internal sealed partial class GnmPath
{
    // FNV-1a over the event, the new support and the point on a 1e-9 grid; deterministic across processes (unlike
    // HashCode), so a run's end never depends on a per-process seed. The hash wraps by design, hence unchecked.
    private ulong BoundarySignature(EventKind kind, int index)
    {
        ulong hash = 14695981039346656037UL;
        void Mix(long value)
        {
            hash = unchecked((hash ^ (ulong)value) * 1099511628211UL);
        }

        Mix((long)kind);
        Mix(index);
        for (int i = 0; i < x.Length; i++)
        {
            Mix(i < total && !inSupport[i] ? -1 : (long)Math.Round(Math.Clamp(x[i] * 1e9, -1e18, 1e18)));
        }

        return hash;
    }

    // The nearest boundary along the tangent, by linear extrapolation (exact with two players).
    private (EventKind Kind, int Index, double Distance) NextEvent()
    {
        var best = (Kind: EventKind.None, Index: -1, Distance: double.PositiveInfinity);
        for (int i = 0; i < total; i++)
        {
            double level = inSupport[i] ? x[i] : Slack(i);
            double rate = inSupport[i] ? tangent[i] : SlackRate(i, tangent);
            if (rate < -RateEpsilon)
            {
                double distance = Math.Max(0, level) / -rate;
                if (distance < best.Distance)
                {
                    best = (inSupport[i] ? EventKind.Leave : EventKind.Enter, i, distance);
                }
            }
        }

        // λ reaching 0 on a boundary is taken first, as GameTracer tests for the crossing before stepping on.
        double lambda = x[lambdaIndex], lambdaRate = tangent[lambdaIndex];
        if (Math.Abs(lambda) > ZeroLambda && lambda * lambdaRate < 0 && -lambda / lambdaRate <= best.Distance)
        {
            best = (EventKind.LambdaZero, lambdaIndex, -lambda / lambdaRate);
        }

        if (players > 2 && lambdaRate < -RateEpsilon && (lambda - LambdaMin) / -lambdaRate < best.Distance)
        {
            best = (EventKind.End, lambdaIndex, Math.Max(0, lambda - LambdaMin) / -lambdaRate);
        }

        return best;
    }

    // Of the levels that changed sign between x and `point`, the first by linear interpolation.
    private (EventKind Kind, int Index, double Fraction)? FirstCrossing(double[] point)
    {
        var after = new double[total];
        payoffs.Values(point[..total], after);
        (EventKind, int, double)? first = null;
        double earliest = double.PositiveInfinity;
        for (int i = 0; i < total; i++)
        {
            double before = inSupport[i] ? x[i] : Slack(i);
            double now = inSupport[i] ? point[i] : point[total + payoffs.PlayerOf[i]] - after[i] - (point[lambdaIndex] * perturbation[i]);
            if (now < -CrossingTolerance && before > now)
            {
                double fraction = Math.Max(0, before) / (Math.Max(0, before) - now);
                if (fraction < earliest)
                {
                    (first, earliest) = ((inSupport[i] ? EventKind.Leave : EventKind.Enter, i, fraction), fraction);
                }
            }
        }

        double lambda = x[lambdaIndex], lambdaNow = point[lambdaIndex];
        if (Math.Abs(lambda) > ZeroLambda && lambda * lambdaNow < 0 && lambda / (lambda - lambdaNow) < earliest)
        {
            first = (EventKind.LambdaZero, lambdaIndex, lambda / (lambda - lambdaNow));
        }

        return first;
    }

    // Records a crossing when the path, having reached λ = 0, is now strictly on the other side of it.
    private void NoteLambda()
    {
        double lambda = x[lambdaIndex];
        if (Math.Abs(lambda) <= ZeroLambda)
        {
            zeroPoint = Equilibrium();
            return;
        }

        if (zeroPoint is not null && Math.Sign(lambda) != lambdaSide)
        {
            equilibria.Add(zeroPoint);
        }

        zeroPoint = null;
        lambdaSide = Math.Sign(lambda);
    }

    // The equilibrium at a crossing of λ = 0: σ with rounding noise below zero removed, each player's summing to 1.
    private double[] Equilibrium()
    {
        var sigma = new double[total];
        for (int n = 0; n < players; n++)
        {
            double sum = 0;
            for (int s = payoffs.Offsets[n]; s < payoffs.Offsets[n + 1]; s++)
            {
                sigma[s] = inSupport[s] ? Math.Max(0, x[s]) : 0;
                sum += sigma[s];
            }

            for (int s = payoffs.Offsets[n]; s < payoffs.Offsets[n + 1]; s++)
            {
                sigma[s] /= sum;
            }
        }

        return sigma;
    }

    // A corrected point is taken only if it is where the prediction pointed: forward, near, and in the cell.
    private bool Acceptable(double[] corrected, double[] predicted, double distance, int eventIndex)
    {
        if (Distance(corrected, predicted) > Math.Max(0.25 * distance, 1e-9) || Dot(tangent, Difference(corrected, x)) < -1e-12)
        {
            return false;
        }

        var after = new double[total];
        payoffs.Values(corrected[..total], after);
        for (int i = 0; i < total; i++)
        {
            double level = inSupport[i] ? corrected[i] : corrected[total + payoffs.PlayerOf[i]] - after[i] - (corrected[lambdaIndex] * perturbation[i]);
            if (i != eventIndex && level < -1e-9)
            {
                return false;
            }
        }

        return true;
    }
}
