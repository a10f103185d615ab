using System.Collections.Immutable;
using Brink.Analysis.Sweeps;

namespace Brink.Analysis.Policy;

/// <summary>The search's answer and the trade-off curve behind it.</summary>
/// <param name="Controls">The controls searched.</param>
/// <param name="Options">The options.</param>
/// <param name="Best">The least warlike policy reaching the target concession, or null if none does.</param>
/// <param name="MostConceding">The policy with the highest concession probability (for when none reaches the target).</param>
/// <param name="TradeOff">For each concession target 0.05, 0.10, ...: the least warlike policy reaching it.</param>
/// <param name="Evaluated">Policies evaluated.</param>
public sealed record PolicyResult(
    ImmutableArray<SweepAxis> Controls,
    PolicyOptions Options,
    PolicyPoint? Best,
    PolicyPoint MostConceding,
    ImmutableArray<TradeOffPoint> TradeOff,
    int Evaluated);

/// <summary>One point of the trade-off curve.</summary>
/// <param name="Target">The concession target.</param>
/// <param name="Policy">The least warlike policy reaching it.</param>
public sealed record TradeOffPoint(double Target, PolicyPoint Policy);
