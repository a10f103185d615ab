using System.Collections.Immutable;

namespace Brink.Analysis.Policy;

/// <summary>
/// A policy-space search: every grid point in order; the least warlike schedule (lowest mean war share over the
/// draws) among those reaching the target in the required share of draws (ties: more deals, then the earlier
/// point), or null when none does; that schedule as a policy file; and the trade-off curve.
/// </summary>
/// <param name="Parameters">The parameters' names, in the space's order.</param>
/// <param name="TargetDeal">The deal share a schedule must reach.</param>
/// <param name="RequiredShare">Share of draws in which it must reach it (1 for a point estimate).</param>
/// <param name="Draws">Parameter draws per schedule; 0: the point estimate (the fitted values) only.</param>
/// <param name="DrawSource">Where the draws' covariance came from (<c>covariance</c> or <c>standard_errors</c>), or null for a point estimate.</param>
/// <param name="Runs">Trajectories per schedule and draw.</param>
/// <param name="Horizon">Steps per trajectory.</param>
/// <param name="Seed">The seed, shared by every schedule and draw (common random numbers), and of the draws.</param>
/// <param name="Points">Every schedule searched.</param>
/// <param name="Best">The least warlike schedule reaching the target, or null.</param>
/// <param name="BestPolicy">The best schedule as a policy file (the template filled in), or null.</param>
/// <param name="TradeOff">For each deal target 0.05, 0.10, …, 0.95 that some schedule reaches: the least warlike one reaching it.</param>
public sealed record PolicySearchResult(
    ImmutableArray<string> Parameters,
    double TargetDeal,
    double RequiredShare,
    int Draws,
    string? DrawSource,
    int Runs,
    int Horizon,
    ulong Seed,
    ImmutableArray<PolicySearchPoint> Points,
    PolicySearchPoint? Best,
    string? BestPolicy,
    ImmutableArray<PolicySearchTradeOff> TradeOff);
