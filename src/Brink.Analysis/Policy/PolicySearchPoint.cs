using System.Collections.Immutable;

namespace Brink.Analysis.Policy;

/// <summary>One schedule of a policy space, simulated: its parameter values and the outcome shares at the horizon.</summary>
/// <param name="Values">The parameters' values, in the space's order.</param>
/// <param name="War">Share of runs at open war by the horizon.</param>
/// <param name="Deal">Share of runs with a deal by the horizon.</param>
/// <param name="RegimeCrisis">Share of runs in a regime crisis by the horizon.</param>
/// <param name="MedianStepToDeal">Median step of a deal among runs reaching one, or null.</param>
public sealed record PolicySearchPoint(ImmutableArray<double> Values, double War, double Deal, double RegimeCrisis, int? MedianStepToDeal);
