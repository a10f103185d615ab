using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;
using Brink.Model.Uncertainty;

namespace Brink.Analysis.WhatIf;

/// <summary>Predicts two situations and lists the inputs in which they differ.</summary>
public static class SituationComparison
{
    /// <summary>
    /// Compares <paramref name="left"/> and <paramref name="right"/>, each predicted with its own pack (the pack
    /// of its focal actor). Values closer than 1e-12 count as equal.
    /// </summary>
    public static ComparisonResult Compare(Situation left, ModelPack leftPack, Situation right, ModelPack rightPack, UncertaintyOptions uncertainty)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var leftInputs = SituationInput.Of(left);
        var rightInputs = SituationInput.Of(right).ToDictionary(i => i.Key, StringComparer.Ordinal);
        var differences = new List<InputDifference>();
        foreach (var input in leftInputs)
        {
            double other = rightInputs.TryGetValue(input.Key, out var match) ? match.Value : double.NaN;
            if (double.IsNaN(other) || Math.Abs(other - input.Value) > 1e-12)
            {
                differences.Add(new InputDifference(input.Key, input.Label, input.Value, other));
            }
        }

        var leftKeys = leftInputs.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        differences.AddRange(SituationInput.Of(right).Where(i => !leftKeys.Contains(i.Key))
            .Select(i => new InputDifference(i.Key, i.Label, double.NaN, i.Value)));
        bool triggerDiffers = left.Trigger.Kind != right.Trigger.Kind || left.Trigger.By != right.Trigger.By;
        return new ComparisonResult(
            new Predictor(leftPack).Explain(left, uncertainty),
            new Predictor(rightPack).Explain(right, uncertainty),
            differences,
            triggerDiffers);
    }
}
