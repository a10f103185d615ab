using Brink.Model.Parallelism;

namespace Brink.Analysis.Sweeps;

/// <summary>How to run a sweep.</summary>
/// <param name="Design">Point layout.</param>
/// <param name="BaseCount">Points of a Latin hypercube, or N of a Sobol design (N·(d+2) points); unused by a grid.</param>
/// <param name="Replications">Simulated trajectories per point (0: probabilities only).</param>
/// <param name="Horizon">Steps per trajectory.</param>
/// <param name="Seed">Seed of the design and the trajectories; replication r of point p uses stream p·R + r.</param>
/// <param name="MaxDegreeOfParallelism">Worker threads (0 = every core); results do not depend on it.</param>
/// <param name="ShardIndex">This shard, 0-based: it computes the points p with p mod ShardCount = ShardIndex.</param>
/// <param name="ShardCount">Number of shards.</param>
public sealed record SweepOptions(
    SweepDesign Design = SweepDesign.Grid,
    int BaseCount = 64,
    int Replications = 10,
    int Horizon = 6,
    ulong Seed = 1,
    int MaxDegreeOfParallelism = 0,
    int ShardIndex = 0,
    int ShardCount = 1)
{
    /// <summary>The name of the first option out of range (a property name), or null when all are valid.</summary>
    public string? FirstInvalid() =>
        BaseCount < 2 ? nameof(BaseCount)
        : Replications < 0 ? nameof(Replications)
        : Horizon < 1 ? nameof(Horizon)
        : !Workers.IsValid(MaxDegreeOfParallelism) ? nameof(MaxDegreeOfParallelism)
        : ShardCount < 1 ? nameof(ShardCount)
        : ShardIndex < 0 || ShardIndex >= ShardCount ? nameof(ShardIndex)
        : null;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first bad option.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(BaseCount, 2, nameof(BaseCount));
        ArgumentOutOfRangeException.ThrowIfNegative(Replications, nameof(Replications));
        ArgumentOutOfRangeException.ThrowIfLessThan(Horizon, 1, nameof(Horizon));
        Workers.Validate(MaxDegreeOfParallelism, nameof(MaxDegreeOfParallelism));
        ArgumentOutOfRangeException.ThrowIfLessThan(ShardCount, 1, nameof(ShardCount));
        ArgumentOutOfRangeException.ThrowIfNegative(ShardIndex, nameof(ShardIndex));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ShardIndex, ShardCount, nameof(ShardIndex));
    }
}
