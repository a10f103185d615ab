using Brink.Games.Profiles;

namespace Brink.Games.Solvers.QuantalResponse;

/// <summary>
/// The logit QRE equations H(x, λ) = 0 over log-probabilities x, grouped into distributions (a player's mixed
/// strategy, or one information set's actions). Per group with first member f: Σ exp(x_j) − 1 = 0, and for every
/// other member j: x_j − x_f − λ (v_j − v_f) = 0, where v is the value of each strategy or action. Working in logs
/// keeps probabilities of 1e-300 meaningful at large λ (Turocy 2005).
/// </summary>
/// <remarks>
/// A point has <see cref="VariableCount"/> + 1 coordinates, λ last. Equations are numbered like the variables:
/// a group's sum-to-one equation sits at its first variable's index. Subclasses supply the values v and their
/// derivatives with respect to x; this class assembles residuals and the Jacobian. Not thread-safe:
/// evaluation reuses buffers.
/// </remarks>
internal abstract class LogitSystem
{
    private readonly double[] values;
    private readonly double[] derivatives;

    // Invariant: groups tile 0..VariableCount-1 in order; GroupStarts[g] < GroupStarts[g+1].
    protected LogitSystem(int[] groupSizes, double regretScale)
    {
        GroupStarts = new int[groupSizes.Length + 1];
        for (int g = 0; g < groupSizes.Length; g++)
        {
            GroupStarts[g + 1] = GroupStarts[g] + groupSizes[g];
        }

        VariableCount = GroupStarts[^1];

        RegretScale = regretScale;
        values = new double[VariableCount];
        derivatives = new double[VariableCount * VariableCount];
    }

    /// <summary>Number of log-probability variables (and of equations).</summary>
    public int VariableCount { get; }

    /// <summary>Number of distributions.</summary>
    public int GroupCount => GroupStarts.Length - 1;

    /// <summary>First variable of each group, plus one past the last.</summary>
    public int[] GroupStarts { get; }

    /// <summary>Max payoff minus min payoff (1 when all payoffs are equal): Gambit scales its regret tolerance by it.</summary>
    public double RegretScale { get; }

    /// <summary>
    /// A small bonus added to each strategy's or action's value in the equations (not in the regret), or null. It
    /// breaks the symmetries that make branches cross, so a trace can pass a branch point.
    /// </summary>
    public double[]? Tilt { get; set; }

    /// <summary>A deterministic tilt of distinct bonuses of order 1e-6 of the payoff range.</summary>
    public double[] GenericTilt()
    {
        var tilt = new double[VariableCount];
        for (int j = 0; j < tilt.Length; j++)
        {
            // Fractional parts of multiples of the golden ratio: spread out, and never two alike.
            double fraction = (j + 1) * 0.6180339887498949 % 1;
            tilt[j] = 1e-6 * RegretScale * (fraction - 0.5);
        }

        return tilt;
    }

    /// <summary>The point at λ = 0: uniform distributions.</summary>
    public double[] StartPoint()
    {
        var point = new double[VariableCount + 1];
        for (int g = 0; g < GroupCount; g++)
        {
            int size = GroupStarts[g + 1] - GroupStarts[g];
            Array.Fill(point, -Math.Log(size), GroupStarts[g], size);
        }

        return point;
    }

    /// <summary>
    /// Residuals at <paramref name="point"/>, and, when <paramref name="jacobian"/> is given, the Jacobian
    /// (n × (n+1), row-major: row i holds ∂H_i/∂y, its last entry ∂H_i/∂λ).
    /// </summary>
    public void Evaluate(ReadOnlySpan<double> point, Span<double> residual, double[]? jacobian)
    {
        int n = VariableCount, width = n + 1;
        double lambda = point[n];
        var logs = point[..n];
        if (jacobian is not null)
        {
            Array.Clear(derivatives);
        }

        ComputeValues(logs, values, jacobian is null ? null : derivatives);
        if (Tilt is { } tilt)
        {
            for (int j = 0; j < n; j++)
            {
                values[j] += tilt[j];
            }
        }
        for (int g = 0; g < GroupCount; g++)
        {
            int first = GroupStarts[g], end = GroupStarts[g + 1];
            double sum = -1;
            for (int j = first; j < end; j++)
            {
                sum += Math.Exp(logs[j]);
            }

            residual[first] = sum;
            for (int j = first + 1; j < end; j++)
            {
                residual[j] = logs[j] - logs[first] - (lambda * (values[j] - values[first]));
            }
        }

        if (jacobian is null)
        {
            return;
        }

        Array.Clear(jacobian);
        unchecked
        {
            for (int g = 0; g < GroupCount; g++)
            {
                int first = GroupStarts[g], end = GroupStarts[g + 1];
                var sumRow = jacobian.AsSpan(first * width, width);
                for (int j = first; j < end; j++)
                {
                    sumRow[j] = Math.Exp(logs[j]);
                }

                var firstDerivatives = derivatives.AsSpan(first * n, n);
                for (int j = first + 1; j < end; j++)
                {
                    var row = jacobian.AsSpan(j * width, width);
                    var rowDerivatives = derivatives.AsSpan(j * n, n);
                    for (int k = 0; k < n; k++)
                    {
                        row[k] = -lambda * (rowDerivatives[k] - firstDerivatives[k]);
                    }

                    row[j] += 1;
                    row[first] -= 1;
                    row[n] = -(values[j] - values[first]);
                }
            }
        }
    }

    /// <summary>The largest regret Gambit measures at this profile (per player, or per reached information set).</summary>
    public double MaxRegret(ReadOnlySpan<double> logs)
    {
        ComputeValues(logs, values, null);
        double worst = 0;
        for (int g = 0; g < GroupCount; g++)
        {
            if (!CountsForRegret(g))
            {
                continue;
            }

            double best = double.NegativeInfinity, expected = 0;
            for (int j = GroupStarts[g]; j < GroupStarts[g + 1]; j++)
            {
                best = Math.Max(best, values[j]);
                expected += Math.Exp(logs[j]) * values[j];
            }

            worst = Math.Max(worst, best - expected);
        }

        return worst;
    }

    /// <summary>The probabilities exp(x), one segment per group.</summary>
    public Profile ToProfile(ReadOnlySpan<double> logs, ProfileKind kind)
    {
        var segments = new double[GroupCount][];
        for (int g = 0; g < GroupCount; g++)
        {
            segments[g] = new double[GroupStarts[g + 1] - GroupStarts[g]];
            for (int j = 0; j < segments[g].Length; j++)
            {
                segments[g][j] = Math.Exp(logs[GroupStarts[g] + j]);
            }
        }

        return Profile.FromDoubles(kind, segments);
    }

    /// <summary>
    /// Writes each variable's value into <paramref name="valuesOut"/> and, when asked, the derivatives
    /// ∂v_j/∂x_k into <paramref name="derivativesOut"/> (n × n row-major, row j; handed over zeroed, to be added into).
    /// </summary>
    protected abstract void ComputeValues(ReadOnlySpan<double> logs, double[] valuesOut, double[]? derivativesOut);

    /// <summary>Whether group <paramref name="group"/> enters the regret (after the last <see cref="ComputeValues"/>).</summary>
    protected virtual bool CountsForRegret(int group) => true;
}
