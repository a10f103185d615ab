using System.Collections.Immutable;

namespace Brink.Analysis.Runs;

/// <summary>
/// A run as <c>brink runs list --json</c> and the workbench's <c>GET /api/runs</c> list it: everything but its
/// result, which can be megabytes (<c>runs show</c> gives it).
/// </summary>
/// <param name="Id">Store id.</param>
/// <param name="Kind">predict, simulate, sweep, fit or backtest.</param>
/// <param name="StartedAt">When it started (UTC).</param>
/// <param name="Arguments">The command line after the program name.</param>
/// <param name="InputsSha256">SHA-256 of the input files' bytes.</param>
/// <param name="Pack">Pack id.</param>
/// <param name="PackVersion">Pack version.</param>
/// <param name="BrinkVersion">The brink that made it.</param>
/// <param name="Seed">The seed, if any.</param>
/// <param name="ElapsedMs">Wall-clock milliseconds.</param>
public sealed record RunListing(
    long Id, string Kind, DateTimeOffset StartedAt, ImmutableArray<string> Arguments, string InputsSha256, string Pack, string PackVersion, string BrinkVersion, ulong? Seed, double ElapsedMs)
{
    /// <summary>The listing of <paramref name="run"/>.</summary>
    public static RunListing Of(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new RunListing(run.Id, run.Kind, run.StartedAt, run.Arguments, run.InputsSha256, run.Pack, run.PackVersion, run.BrinkVersion, run.Seed, run.ElapsedMilliseconds);
    }
}
