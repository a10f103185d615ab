using System.Collections.Immutable;

namespace Brink.Analysis.Sweeps;

/// <summary>Combines the shards of one sweep into the result the unsharded sweep gives.</summary>
public static class SweepMerge
{
    /// <summary>Merges; throws <see cref="InvalidDataException"/> if shards differ, overlap or leave points out.</summary>
    public static (SweepManifest Manifest, SweepResult Result) Merge(IReadOnlyList<(SweepManifest Manifest, ImmutableArray<SweepPoint> Points, string Path)> shards)
    {
        ArgumentNullException.ThrowIfNull(shards);
        if (shards.Count == 0)
        {
            throw new InvalidDataException("nothing to merge");
        }

        var first = shards[0].Manifest;
        foreach (var shard in shards.Skip(1))
        {
            if (!first.SameSweep(shard.Manifest))
            {
                throw new InvalidDataException($"{shard.Path}: expected a shard of the same sweep as {shards[0].Path} (same inputs, axes and options)");
            }
        }

        var points = shards.SelectMany(s => s.Points).OrderBy(p => p.Point).ToList();
        var duplicate = points.Zip(points.Skip(1)).FirstOrDefault(pair => pair.First.Point == pair.Second.Point);
        if (duplicate.First is not null)
        {
            throw new InvalidDataException($"point {duplicate.First.Point} appears in more than one shard");
        }

        if (points.Count != first.PointCount)
        {
            var missing = Enumerable.Range(0, first.PointCount).Except(points.Select(p => p.Point)).Take(5);
            throw new InvalidDataException($"expected {first.PointCount} points, found {points.Count}; missing e.g. {string.Join(", ", missing)}");
        }

        var options = first.Options with { ShardIndex = 0, ShardCount = 1 };
        return (first with { Options = options }, new SweepResult(first.Axes, options, first.PointCount, [.. points]));
    }
}
