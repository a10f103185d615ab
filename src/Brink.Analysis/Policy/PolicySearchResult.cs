using System.Collections.Immutable;

namespace Brink.Analysis.Policy;

/// <summary>
/// A policy-space search: every grid point in order, and the least warlike schedule whose deal share reaches the
/// target (ties: more deals, then the earlier point), or null when none does.
/// </summary>
/// <param name="Parameters">The parameters' names, in the space's order.</param>
/// <param name="TargetDeal">The deal share a schedule must reach.</param>
/// <param name="Runs">Trajectories per schedule.</param>
/// <param name="Horizon">Steps per trajectory.</param>
/// <param name="Seed">The seed, shared by every schedule (common random numbers).</param>
/// <param name="Points">Every schedule searched.</param>
/// <param name="Best">The least warlike schedule reaching the target, or null.</param>
public sealed record PolicySearchResult(
    ImmutableArray<string> Parameters,
    double TargetDeal,
    int Runs,
    int Horizon,
    ulong Seed,
    ImmutableArray<PolicySearchPoint> Points,
    PolicySearchPoint? Best);
