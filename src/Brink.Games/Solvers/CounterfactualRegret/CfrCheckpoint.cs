namespace Brink.Games.Solvers.CounterfactualRegret;

/// <summary>One exploitability check during a <see cref="Cfr"/> run.</summary>
/// <param name="Iteration">Iterations completed (1-based count).</param>
/// <param name="Exploitability">The average profile's exploitability (NashConv/2) after them.</param>
public readonly record struct CfrCheckpoint(int Iteration, double Exploitability);
