using Brink.Model.Prediction;

namespace Brink.Analysis.WhatIf;

/// <summary>Two situations side by side: both predictions and the inputs that differ.</summary>
/// <param name="Left">The first situation's prediction.</param>
/// <param name="Right">The second's.</param>
/// <param name="Differences">Inputs whose values differ, the first situation's order, then inputs only the second has.</param>
/// <param name="TriggerDiffers">Whether the triggers differ in kind or initiator.</param>
public sealed record ComparisonResult(PredictionResult Left, PredictionResult Right, IReadOnlyList<InputDifference> Differences, bool TriggerDiffers);
