using System.Collections.Immutable;

namespace Brink.Analysis.Policy;

/// <summary>
/// One schedule of a policy space, simulated once per parameter draw (once at the fitted values for a point
/// estimate): its parameter values and the outcome shares at the horizon over the draws.
/// </summary>
/// <param name="Values">The parameters' values, in the space's order.</param>
/// <param name="War">Share of runs at open war by the horizon: mean, 10th and 90th percentiles over the draws.</param>
/// <param name="Deal">Share of runs with a deal by the horizon, over the draws.</param>
/// <param name="RegimeCrisis">Share of runs in a regime crisis by the horizon, over the draws.</param>
/// <param name="TargetReached">Share of draws in which the deal share reaches the target.</param>
/// <param name="MedianStepToDeal">Median over the draws of the median step of a deal among runs reaching one (lower middle), or null when no draw has a deal.</param>
public sealed record PolicySearchPoint(
    ImmutableArray<double> Values, OutcomeSpread War, OutcomeSpread Deal, OutcomeSpread RegimeCrisis, double TargetReached, int? MedianStepToDeal);
