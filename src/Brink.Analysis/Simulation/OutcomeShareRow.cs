namespace Brink.Analysis.Simulation;

/// <summary>One tidy row: how many runs have reached an outcome by a step. The four shares of a step sum to 1.</summary>
/// <param name="Step">1..horizon.</param>
/// <param name="Outcome">Snake_case name (<see cref="SimulationNames"/>).</param>
/// <param name="Count">Runs.</param>
/// <param name="Share">Count / runs.</param>
public sealed record OutcomeShareRow(int Step, string Outcome, long Count, double Share);
