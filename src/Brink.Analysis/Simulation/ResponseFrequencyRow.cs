namespace Brink.Analysis.Simulation;

/// <summary>One tidy row: how often the focal actor chose a response at a step.</summary>
/// <param name="Step">1..horizon.</param>
/// <param name="Response">Contract name of the category.</param>
/// <param name="Count">Runs.</param>
/// <param name="Share">Count / runs.</param>
public sealed record ResponseFrequencyRow(int Step, string Response, long Count, double Share);
