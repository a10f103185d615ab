using System.Collections.Immutable;
using Brink.Analysis.Simulation;
using Brink.Model.Situations;

namespace Brink.Analysis.Sweeps;

/// <summary>
/// Sobol sensitivity indices from a complete sweep. Sobol design: Saltelli's (2010) first-order estimator
/// S_i = mean(f_B · (f_ABi − f_A)) / V and Jansen's total-effect estimator S_Ti = mean((f_A − f_ABi)²) / (2V).
/// Grid design: exactly, from conditional means, S_i = Var(E[Y | X_i]) / Var(Y) and
/// S_Ti = 1 − Var(E[Y | X_~i]) / Var(Y). A Latin hypercube gives no indices.
/// </summary>
public static class SensitivityAnalysis
{
    /// <summary>The outputs indices are computed for.</summary>
    public static readonly ImmutableArray<string> Outputs =
        [.. ResponseCategories.All.Select(r => "p_" + ResponseCategories.Name(r)), .. SimulationNames.Endings.Select(SimulationNames.Name)];

    /// <summary>Every (input, output) index; empty for an incomplete sweep or a Latin hypercube.</summary>
    public static ImmutableArray<SensitivityIndex> Compute(SweepResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsComplete || result.Options.Design == SweepDesign.Lhs)
        {
            return [];
        }

        var indices = ImmutableArray.CreateBuilder<SensitivityIndex>();
        foreach (var output in Outputs)
        {
            var y = result.Points.Select(p => Value(p, output)).ToArray();
            if (y.Any(double.IsNaN))
            {
                continue;
            }

            for (int i = 0; i < result.Axes.Length; i++)
            {
                var (first, total) = result.Options.Design == SweepDesign.Sobol
                    ? Saltelli(y, result.Options.BaseCount, i)
                    : FromGrid(y, result.Axes, i);
                indices.Add(new SensitivityIndex(result.Axes[i].Path, output, first, total));
            }
        }

        return indices.ToImmutable();
    }

    /// <summary>An output's value at a point.</summary>
    public static double Value(SweepPoint point, string output)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(output);
        return output switch
        {
            _ when SimulationNames.TryParseOutcome(output, out var outcome) && outcome != CrisisOutcome.Stalemate => point.Share(outcome),
            _ when output.StartsWith("p_", StringComparison.Ordinal) && ResponseCategories.TryParse(output[2..], out var r) => point.Probabilities[(int)r],
            _ => throw new ArgumentException($"unknown output '{output}'", nameof(output)),
        };
    }

    private static (double First, double Total) Saltelli(double[] y, int n, int axis)
    {
        var fA = y.AsSpan(0, n);
        var fB = y.AsSpan(n, n);
        var fAB = y.AsSpan((2 + axis) * n, n);
        double mean = 0;
        for (int k = 0; k < n; k++)
        {
            mean += (fA[k] + fB[k]) / (2 * n);
        }

        double variance = 0, first = 0, total = 0;
        for (int k = 0; k < n; k++)
        {
            variance += (((fA[k] - mean) * (fA[k] - mean)) + ((fB[k] - mean) * (fB[k] - mean))) / (2 * n);
            first += fB[k] * (fAB[k] - fA[k]) / n;
            total += (fA[k] - fAB[k]) * (fA[k] - fAB[k]) / (2 * n);
        }

        return variance <= 1e-15 ? (0, 0) : (first / variance, total / variance);
    }

    private static (double First, double Total) FromGrid(double[] y, ImmutableArray<SweepAxis> axes, int axis)
    {
        double variance = Variance(y);
        if (variance <= 1e-15)
        {
            return (0, 0);
        }

        long stride = 1;
        for (int i = 0; i < axis; i++)
        {
            stride *= axes[i].Levels;
        }

        int levels = axes[axis].Levels;
        var byLevel = new double[levels];
        var others = new Dictionary<long, (double Sum, int Count)>();
        for (long p = 0; p < y.Length; p++)
        {
            int level = (int)(p / stride % levels);
            byLevel[level] += y[p];
            long rest = p - (level * stride);
            var (sum, count) = others.GetValueOrDefault(rest);
            others[rest] = (sum + y[p], count + 1);
        }

        double perLevel = y.Length / (double)levels;
        double first = Variance([.. byLevel.Select(s => s / perLevel)]) / variance;
        double total = 1 - (Variance([.. others.Values.Select(v => v.Sum / v.Count)]) / variance);
        return (first, total);
    }

    private static double Variance(IReadOnlyCollection<double> values)
    {
        double mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / values.Count;
    }
}
