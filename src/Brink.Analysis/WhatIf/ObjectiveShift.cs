namespace Brink.Analysis.WhatIf;

/// <summary>How far one objective moved a response's standing against the other responses.</summary>
/// <param name="Objective">The objective (survival, influence, legitimacy, economy, face).</param>
/// <param name="Change">Change of the response's utility advantage in this objective (see <see cref="WhatIfAnalysis"/>).</param>
public sealed record ObjectiveShift(string Objective, double Change);
