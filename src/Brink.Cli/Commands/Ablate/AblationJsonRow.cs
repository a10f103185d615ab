using Brink.Analysis.Fitting;
using Brink.Model.Mechanisms;

namespace Brink.Cli.Commands.Ablate;

/// <summary>One row of <c>brink ablate --json</c>: the mechanism removed ("none" for the full model) and its scores.</summary>
/// <param name="Removed">The mechanism switched off, or "none".</param>
/// <param name="LooBrier">Leave-one-out Brier score.</param>
/// <param name="LooAccuracy">Leave-one-out accuracy.</param>
/// <param name="LooBrierSkill">Leave-one-out Brier skill against the base rates.</param>
/// <param name="SkillChange">Change in skill from the full model.</param>
internal sealed record AblationJsonRow(string Removed, double LooBrier, double LooAccuracy, double LooBrierSkill, double SkillChange)
{
    public static AblationJsonRow Of(AblationRow row) =>
        new(row.Removed == Mechanism.None ? "none" : row.Removed.ToString(), row.Scores.Brier, row.Scores.Accuracy, row.BrierSkill, row.SkillChange);
}
