using Brink.Model.Parallelism;

namespace Brink.Analysis.Simulation;

/// <summary>
/// How a Monte Carlo simulation runs. The seed is an input and is recorded with the result; run i draws from
/// the stream (seed, i), so <see cref="MaxDegreeOfParallelism"/> changes speed, never results.
/// </summary>
/// <param name="Runs">Number of trajectories, at least 1.</param>
/// <param name="Horizon">Decision points per trajectory, at least 1.</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="MaxDegreeOfParallelism">Worker threads; 0 means every core.</param>
/// <param name="Grid">
/// Step of the grid the state is rounded to before solving (the simulated state itself stays continuous); the
/// solution of each distinct rounded state is computed once and cached. In [0.0001, 0.5].
/// </param>
/// <param name="MaxCachedStates">
/// Bound on the cache (about 400 bytes per state; default 250,000); beyond it new states are solved but not stored. Results do
/// not depend on it, only speed and memory do.
/// </param>
public sealed record SimulationOptions(int Runs, int Horizon, ulong Seed, int MaxDegreeOfParallelism = 0, double Grid = SimulationOptions.DefaultGrid, int MaxCachedStates = SimulationOptions.DefaultMaxCachedStates)
{
    /// <summary>The longest horizon a run may ask for: 600 monthly decision points, fifty years.</summary>
    public const int MaxHorizon = 600;

    /// <summary>The most trajectories a run may ask for.</summary>
    public const int MaxRuns = 10_000_000;

    /// <summary>
    /// The default bound on the solution cache. It is part of the options a result records (and prints), so it stays
    /// at 250,000, though 100,000 used about 10% less CPU on 100,000 × 12 under a policy (docs/performance.md): the
    /// long-lived entries of late, rarely revisited states cost the collector more than their hits save.
    /// </summary>
    public const int DefaultMaxCachedStates = 250_000;

    /// <summary>The default rounding grid of the states put to the solver.</summary>
    public const double DefaultGrid = 0.05;

    /// <summary>The finest grid: each rounded value must fit one UTF-16 code unit of the cache key.</summary>
    public const double MinimumGrid = 0.0001;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first bad option.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Runs, 1, nameof(Runs));
        ArgumentOutOfRangeException.ThrowIfLessThan(Horizon, 1, nameof(Horizon));
        Workers.Validate(MaxDegreeOfParallelism, nameof(MaxDegreeOfParallelism));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxCachedStates, nameof(MaxCachedStates));
        if (!(Grid >= MinimumGrid && Grid <= 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(Grid), Grid, "The grid step must be in [0.0001, 0.5].");
        }
    }

    /// <summary>The worker count actually used. A method, not a property, so it never reaches the run's JSON: it
    /// depends on the machine, and the output must not.</summary>
    public int WorkerCount() => Workers.Count(MaxDegreeOfParallelism);
}
