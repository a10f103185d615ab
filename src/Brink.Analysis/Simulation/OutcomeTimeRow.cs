namespace Brink.Analysis.Simulation;

/// <summary>
/// When an outcome is reached: how many runs reach it within the horizon, and the quartiles of the step they
/// reach it at (nearest rank, among those runs; null when none does). <see cref="MedianAllRuns"/> is the step by
/// which half of all runs have reached it, null when fewer than half do within the horizon (censored).
/// </summary>
/// <param name="Outcome">war, deal, regime_crisis or any.</param>
/// <param name="Reached">Runs that reach it by the horizon.</param>
/// <param name="Share">Reached / runs.</param>
/// <param name="FirstQuartile">25th percentile of the step, among runs that reach it.</param>
/// <param name="Median">Median step, among runs that reach it.</param>
/// <param name="ThirdQuartile">75th percentile of the step, among runs that reach it.</param>
/// <param name="MedianAllRuns">First step at which the cumulative share reaches one half, or null.</param>
public sealed record OutcomeTimeRow(string Outcome, long Reached, double Share, int? FirstQuartile, int? Median, int? ThirdQuartile, int? MedianAllRuns);
