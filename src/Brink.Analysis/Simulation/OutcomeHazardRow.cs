namespace Brink.Analysis.Simulation;

/// <summary>
/// One tidy row: the per-step hazard of an outcome — of the runs still in stalemate when step <see cref="Step"/>
/// began, the share that reached <see cref="Outcome"/> in that step. <c>any</c> is the hazard of any decisive outcome.
/// </summary>
/// <param name="Step">1..horizon.</param>
/// <param name="Outcome">war, deal, regime_crisis or any.</param>
/// <param name="AtRisk">Runs still in stalemate at the start of the step.</param>
/// <param name="Events">Runs that reached the outcome in the step.</param>
/// <param name="Hazard">Events / at risk (0 when none is at risk).</param>
public sealed record OutcomeHazardRow(int Step, string Outcome, long AtRisk, long Events, double Hazard);
