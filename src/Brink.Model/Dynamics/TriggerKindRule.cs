namespace Brink.Model.Dynamics;

/// <summary>
/// How a drawn trigger of one kind is filled in: severity uniform on [min, max], overt and on-soil each true
/// with its probability. Invariant: 0 ≤ min ≤ max ≤ 1 and both probabilities on 0..1 (checked by the loader).
/// </summary>
/// <param name="SeverityMin">Lowest severity.</param>
/// <param name="SeverityMax">Highest severity.</param>
/// <param name="OvertProbability">Chance the trigger is overt.</param>
/// <param name="OnSoilProbability">Chance it lands on the focal state's soil.</param>
public sealed record TriggerKindRule(double SeverityMin, double SeverityMax, double OvertProbability, double OnSoilProbability);
