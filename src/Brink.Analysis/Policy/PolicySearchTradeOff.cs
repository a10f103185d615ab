namespace Brink.Analysis.Policy;

/// <summary>One point of a policy-space search's trade-off curve.</summary>
/// <param name="TargetDeal">The deal target.</param>
/// <param name="Schedule">The least warlike schedule reaching it in the required share of draws.</param>
public sealed record PolicySearchTradeOff(double TargetDeal, PolicySearchPoint Schedule);
