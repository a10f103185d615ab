namespace Brink.Analysis.Simulation;

/// <summary>One tidy row: how often the adversary answered with a reply at a step.</summary>
/// <param name="Step">1..horizon.</param>
/// <param name="Reply">Snake_case name (<see cref="SimulationNames"/>).</param>
/// <param name="Count">Runs.</param>
/// <param name="Share">Count / runs.</param>
public sealed record ReplyFrequencyRow(int Step, string Reply, long Count, double Share);
