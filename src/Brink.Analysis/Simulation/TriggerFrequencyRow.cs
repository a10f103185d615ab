namespace Brink.Analysis.Simulation;

/// <summary>One tidy row: how often step <see cref="Step"/> ended with a trigger of a kind (the one the next decision answers).</summary>
/// <param name="Step">1..horizon.</param>
/// <param name="Trigger">Contract name of the trigger kind.</param>
/// <param name="Count">Runs.</param>
/// <param name="Share">Count / runs.</param>
public sealed record TriggerFrequencyRow(int Step, string Trigger, long Count, double Share);
