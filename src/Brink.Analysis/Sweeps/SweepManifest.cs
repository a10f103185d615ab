using System.Collections.Immutable;

namespace Brink.Analysis.Sweeps;

/// <summary>
/// What a sweep CSV holds, written next to it (<c>FILE.csv.json</c>) so shards can be checked and merged and
/// the run reproduced: the inputs' identity, the axes and the options.
/// </summary>
/// <param name="SituationId">The swept situation.</param>
/// <param name="InputsSha256">Hash of the situation and pack files.</param>
/// <param name="Pack">Pack id.</param>
/// <param name="PackVersion">Pack version.</param>
/// <param name="Axes">The axes.</param>
/// <param name="Options">The options (shard included).</param>
/// <param name="PointCount">Points in the whole design.</param>
public sealed record SweepManifest(
    string SituationId,
    string InputsSha256,
    string Pack,
    string PackVersion,
    ImmutableArray<SweepAxis> Axes,
    SweepOptions Options,
    int PointCount)
{
    /// <summary>Whether two manifests describe shards of the same sweep.</summary>
    public bool SameSweep(SweepManifest other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return SituationId == other.SituationId && InputsSha256 == other.InputsSha256 && Pack == other.Pack
            && PackVersion == other.PackVersion && Axes.SequenceEqual(other.Axes) && PointCount == other.PointCount
            && Options with { ShardIndex = 0, MaxDegreeOfParallelism = 0 } == other.Options with { ShardIndex = 0, MaxDegreeOfParallelism = 0 };
    }
}
