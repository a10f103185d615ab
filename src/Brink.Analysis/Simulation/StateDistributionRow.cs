namespace Brink.Analysis.Simulation;

/// <summary>
/// One tidy row: the distribution over runs of one state variable after step <see cref="Step"/> (0 = the start).
/// Quantiles come from a 4096-bin histogram on 0..1 and are exact to half a bin (±0.000122).
/// </summary>
/// <param name="Step">0 for the start, then 1..horizon.</param>
/// <param name="Variable">Snake_case name (<see cref="SimulationNames"/>).</param>
/// <param name="Mean">Mean over runs.</param>
/// <param name="P05">5th percentile.</param>
/// <param name="P25">25th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P75">75th percentile.</param>
/// <param name="P95">95th percentile.</param>
public sealed record StateDistributionRow(int Step, string Variable, double Mean, double P05, double P25, double P50, double P75, double P95);
