namespace Brink.Model.Dynamics;

/// <summary>One input a policy entry sets: a situation input path (as <c>brink sweep --vary</c> takes) and its value.</summary>
/// <param name="InputIndex">Index of the input in <see cref="Prediction.SituationInput.Of"/> of the starting situation.</param>
/// <param name="Path">The path, e.g. <c>state.sanctions</c>.</param>
/// <param name="Value">The value on 0..1.</param>
public readonly record struct PolicySetting(int InputIndex, string Path, double Value);
