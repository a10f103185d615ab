namespace Brink.Analysis.Simulation;

/// <summary>How one trajectory ended.</summary>
/// <param name="Outcome">The first decisive outcome reached, or stalemate.</param>
/// <param name="Step">The step it was reached (0 for stalemate).</param>
/// <param name="FinalLegitimacy">Legitimacy after the last step.</param>
public readonly record struct TrajectoryEnd(CrisisOutcome Outcome, int Step, double FinalLegitimacy);
