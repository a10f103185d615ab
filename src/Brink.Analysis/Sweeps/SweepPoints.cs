using System.Collections.Immutable;
using Brink.Model.Randomness;

namespace Brink.Analysis.Sweeps;

/// <summary>
/// Lays out the points of a design. Quasi-random designs use a Halton sequence in prime bases with a seeded
/// random shift (Cranley–Patterson rotation), so they fill the space evenly and are reproducible from the seed.
/// </summary>
public static class SweepPoints
{
    private static readonly int[] Primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113];

    /// <summary>The points (one value per axis). <paramref name="baseCount"/> is the LHS point count or Sobol's N.</summary>
    public static ImmutableArray<ImmutableArray<double>> Create(IReadOnlyList<SweepAxis> axes, SweepDesign design, int baseCount, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(axes);
        if (axes.Count == 0)
        {
            throw new ArgumentException("A sweep needs at least one axis.", nameof(axes));
        }

        return design switch
        {
            SweepDesign.Grid => Grid(axes),
            SweepDesign.Lhs => LatinHypercube(axes, baseCount, seed),
            SweepDesign.Sobol => Saltelli(axes, baseCount, seed),
            _ => throw new ArgumentOutOfRangeException(nameof(design)),
        };
    }

    /// <summary>Number of points a design makes.</summary>
    public static long Count(IReadOnlyList<SweepAxis> axes, SweepDesign design, int baseCount)
    {
        ArgumentNullException.ThrowIfNull(axes);
        return design switch
        {
            SweepDesign.Grid => axes.Aggregate(1L, (n, a) => n * a.Levels),
            SweepDesign.Lhs => baseCount,
            _ => (long)baseCount * (axes.Count + 2),
        };
    }

    private static ImmutableArray<ImmutableArray<double>> Grid(IReadOnlyList<SweepAxis> axes)
    {
        long count = Count(axes, SweepDesign.Grid, 0);
        var points = ImmutableArray.CreateBuilder<ImmutableArray<double>>((int)count);
        var level = new int[axes.Count];
        for (long p = 0; p < count; p++)
        {
            points.Add([.. axes.Select((a, i) => a.Level(level[i]))]);

            // The first axis varies fastest, as in Gambit's profile order.
            for (int i = 0; i < axes.Count && ++level[i] == axes[i].Levels; i++)
            {
                level[i] = 0;
            }
        }

        return points.MoveToImmutable();
    }

    private static ImmutableArray<ImmutableArray<double>> LatinHypercube(IReadOnlyList<SweepAxis> axes, int count, ulong seed)
    {
        ulong state = seed;
        var columns = axes.Select(_ =>
        {
            var strata = Enumerable.Range(0, count).ToArray();
            for (int i = count - 1; i > 0; i--)
            {
                int j = (int)(SplitMix64.Next(ref state) % (ulong)(i + 1));
                (strata[i], strata[j]) = (strata[j], strata[i]);
            }

            return strata.Select(s => (s + Unit(ref state)) / count).ToArray();
        }).ToArray();
        return [.. Enumerable.Range(0, count).Select(p => axes.Select((a, i) => a.At(columns[i][p])).ToImmutableArray())];
    }

    private static ImmutableArray<ImmutableArray<double>> Saltelli(IReadOnlyList<SweepAxis> axes, int n, ulong seed)
    {
        int d = axes.Count;
        if (2 * d > Primes.Length)
        {
            throw new ArgumentException($"A Sobol design supports at most {Primes.Length / 2} axes.", nameof(axes));
        }

        ulong state = seed;
        var shift = Enumerable.Range(0, 2 * d).Select(_ => Unit(ref state)).ToArray();
        double U(int index, int dimension) => (Halton(index + 1, Primes[dimension]) + shift[dimension]) % 1.0;
        var a = Enumerable.Range(0, n).Select(p => Enumerable.Range(0, d).Select(i => U(p, i)).ToArray()).ToArray();
        var b = Enumerable.Range(0, n).Select(p => Enumerable.Range(0, d).Select(i => U(p, d + i)).ToArray()).ToArray();
        var rows = new List<double[]>(n * (d + 2));
        rows.AddRange(a);
        rows.AddRange(b);
        for (int column = 0; column < d; column++)
        {
            rows.AddRange(a.Select((row, p) =>
            {
                var mixed = (double[])row.Clone();
                mixed[column] = b[p][column];
                return mixed;
            }));
        }

        return [.. rows.Select(r => r.Select((u, i) => axes[i].At(u)).ToImmutableArray())];
    }

    private static double Halton(int index, int radix)
    {
        double result = 0, f = 1.0 / radix;
        for (int i = index; i > 0; i /= radix, f /= radix)
        {
            result += f * (i % radix);
        }

        return result;
    }

    private static double Unit(ref ulong state) => (SplitMix64.Next(ref state) >> 11) * (1.0 / (1UL << 53));
}
