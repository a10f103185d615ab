using System.Collections.Immutable;

namespace Brink.Analysis.Runs;

/// <summary>
/// One recorded run: enough to show it and to re-run it (the arguments, with input paths made absolute), and
/// to tell whether a re-run saw the same inputs (their hash) and gave the same result (its JSON).
/// </summary>
/// <param name="Id">Store-assigned id (0 before storing).</param>
/// <param name="Kind">One of <see cref="RunKinds"/>.</param>
/// <param name="Arguments">The command line after the program name.</param>
/// <param name="InputsSha256">SHA-256 of the input files' bytes.</param>
/// <param name="Pack">Pack id.</param>
/// <param name="PackVersion">Pack version.</param>
/// <param name="Seed">The run's seed, if it has one.</param>
/// <param name="StartedAt">When it started (UTC).</param>
/// <param name="ElapsedMilliseconds">Wall-clock time.</param>
/// <param name="ResultJson">The result as the command prints it with --json (<see cref="RunResult"/>).</param>
public sealed record RunRecord(
    long Id,
    string Kind,
    ImmutableArray<string> Arguments,
    string InputsSha256,
    string Pack,
    string PackVersion,
    ulong? Seed,
    DateTimeOffset StartedAt,
    double ElapsedMilliseconds,
    string ResultJson)
{
    /// <summary>The brink version that made the run ("" for runs stored before schema 2 recorded it).</summary>
    public string BrinkVersion { get; init; } = "";

    /// <inheritdoc />
    public bool Equals(RunRecord? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Arguments.SequenceEqual(other.Arguments)
        && InputsSha256 == other.InputsSha256 && Pack == other.Pack && PackVersion == other.PackVersion && Seed == other.Seed
        && StartedAt == other.StartedAt && ElapsedMilliseconds.Equals(other.ElapsedMilliseconds) && ResultJson == other.ResultJson
        && BrinkVersion == other.BrinkVersion;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, InputsSha256);
}
