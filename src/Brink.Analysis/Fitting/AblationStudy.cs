using System.Collections.Immutable;
using Brink.Analysis.Backtest;
using Brink.Analysis.Scoring;
using Brink.Model.Mechanisms;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Analysis.Fitting;

/// <summary>One row of an ablation study: the model refitted without one mechanism and scored leave-one-out.</summary>
/// <param name="Removed">The mechanism switched off (<see cref="Mechanism.None"/> for the full model).</param>
/// <param name="Scores">Leave-one-out scores of the refitted model.</param>
/// <param name="BrierSkill">Brier skill against the leave-one-out base rate.</param>
/// <param name="SkillChange">Skill of this row minus the full model's (negative: the mechanism earns its place).</param>
public sealed record AblationRow(Mechanism Removed, Scores Scores, double BrierSkill, double SkillChange);

/// <summary>
/// Does every mechanism earn its place? Each mechanism is switched off in turn, the free parameters are refitted
/// on the cases and each case is predicted leave-one-out; the change in Brier skill against the base rate is the
/// mechanism's worth out of sample.
/// </summary>
public static class AblationStudy
{
    /// <summary>The full model first, then one row per mechanism.</summary>
    public static ImmutableArray<AblationRow> Run(ModelPack pack, IReadOnlyList<Situation> cases, FitOptions options, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(cases);
        var baseRate = Scores.Mean([.. Baselines.BaseRate(cases).Select((p, i) => (p, (int)cases[i].Outcome!.Primary))]);
        var removals = Enum.GetValues<Mechanism>().ToList();
        var rows = new List<AblationRow>();
        double full = double.NaN;
        foreach (var removed in removals)
        {
            progress?.Report(removed == Mechanism.None ? "full model" : "without " + removed);
            var (_, predictions) = Fitter.EstimateAndLeaveOneOut(new Predictor(pack.Without(removed)), cases, options);
            var scores = Scores.Of(cases, predictions);
            double skill = 1 - (scores.Brier / baseRate.Brier);
            if (removed == Mechanism.None)
            {
                full = skill;
            }

            rows.Add(new AblationRow(removed, scores, skill, skill - full));
        }

        return [.. rows];
    }
}
