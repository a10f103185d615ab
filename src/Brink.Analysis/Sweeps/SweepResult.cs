using System.Collections.Immutable;

namespace Brink.Analysis.Sweeps;

/// <summary>A sweep (or one shard of it): the design and the computed points in index order.</summary>
/// <param name="Axes">Varied inputs.</param>
/// <param name="Options">How it ran.</param>
/// <param name="PointCount">Points in the whole design (all shards).</param>
/// <param name="Points">The points this result holds.</param>
public sealed record SweepResult(ImmutableArray<SweepAxis> Axes, SweepOptions Options, int PointCount, ImmutableArray<SweepPoint> Points)
{
    /// <summary>Whether every point of the design is present (a merged or unsharded sweep).</summary>
    public bool IsComplete => Points.Length == PointCount;
}
