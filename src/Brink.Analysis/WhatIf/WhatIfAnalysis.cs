using System.Globalization;
using Brink.Analysis.Sweeps;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;
using Brink.Model.Uncertainty;

namespace Brink.Analysis.WhatIf;

/// <summary>
/// Re-predicts a situation with some inputs changed and says which objective moved the probability. The
/// quantal response puts weight on a response by its expected utility against the others, so the attribution
/// splits the change of the response's advantage, U_k(r) − Σ_s p₀(s)·U_k(s), over the objectives k, with the
/// baseline probabilities p₀ as weights in both terms so that the split is exact: the objectives' changes sum to
/// the change of the total advantage.
/// </summary>
public static class WhatIfAnalysis
{
    /// <summary>
    /// Applies <paramref name="overrides"/> (path to value, paths as <see cref="SweepTarget.Resolve"/> takes them)
    /// and predicts before and after. Throws <see cref="FormatException"/> for an unknown path or a value outside
    /// its range. <paramref name="baseline"/>, when given, must be the prediction of <paramref name="situation"/>
    /// with <paramref name="pack"/> and <paramref name="uncertainty"/>: a slider moving over one situation asks for
    /// the same baseline every time, so the caller may keep it instead of predicting it again.
    /// </summary>
    public static WhatIfResult Run(Situation situation, ModelPack pack, IReadOnlyList<KeyValuePair<string, double>> overrides, UncertaintyOptions uncertainty, PredictionResult? baseline = null)
    {
        ArgumentNullException.ThrowIfNull(situation);
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(overrides);
        var changed = new List<InputOverride>();
        var (variant, variantPack) = (situation, pack);
        var inputs = SituationInput.Of(situation);
        foreach (var (path, value) in overrides)
        {
            var target = SweepTarget.Resolve(path, situation);
            if (!double.IsFinite(value) || value < target.Lower || value > target.Upper)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{path} must be within {target.Lower}..{target.Upper}, found {value}"));
            }

            double from = inputs.FirstOrDefault(i => i.Key == path)?.Value ?? double.NaN;
            changed.Add(new InputOverride(path, from, value));
            (variant, variantPack) = target.Apply(variant, variantPack, value);
        }

        baseline ??= new Predictor(pack).Explain(situation, uncertainty);
        var prediction = new Predictor(variantPack).Explain(variant, uncertainty);
        var shifts = new OrderedDictionary<string, double>();
        foreach (var (name, probability) in prediction.Probabilities)
        {
            shifts[name] = probability - baseline.Probabilities[name];
        }

        string moved = shifts.OrderByDescending(s => Math.Abs(s.Value)).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
        var mechanisms = Attribute(baseline, prediction, moved);
        return new WhatIfResult(changed, baseline, prediction, shifts, moved, mechanisms, Describe(baseline, prediction, moved, mechanisms));
    }

    private static List<ObjectiveShift> Attribute(PredictionResult baseline, PredictionResult prediction, string moved)
    {
        var weights = baseline.Probabilities;
        var objectives = baseline.Explanation.Utilities[0].ByObjective.Keys.ToList();
        double Advantage(PredictionResult result, string objective)
        {
            var utilities = result.Explanation.Utilities;
            double own = utilities.First(u => u.Response == moved).ByObjective[objective];
            double mean = utilities.Sum(u => weights[u.Response] * u.ByObjective[objective]);
            return own - mean;
        }

        return [.. objectives
            .Select(o => new ObjectiveShift(o, Advantage(prediction, o) - Advantage(baseline, o)))
            .OrderByDescending(s => Math.Abs(s.Change)).ThenBy(s => s.Objective, StringComparer.Ordinal)];
    }

    private static string Describe(PredictionResult baseline, PredictionResult prediction, string moved, List<ObjectiveShift> mechanisms)
    {
        double before = baseline.Probabilities[moved], after = prediction.Probabilities[moved];
        if (Math.Abs(after - before) < 0.0005)
        {
            return "no response's probability moved by as much as 0.001";
        }

        string verb = after > before ? "rose" : "fell";
        return string.Create(CultureInfo.InvariantCulture, $"{moved} {verb} from {before:F2} to {after:F2}, mostly through {mechanisms[0].Objective}");
    }
}
