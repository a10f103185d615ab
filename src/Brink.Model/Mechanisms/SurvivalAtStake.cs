using Brink.Games.Profiles;
using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// Whether the regime's survival is at stake (seed 2: "calibrating just how much strength will cause Tehran to
/// stand down, without giving the regime reason to believe its survival is at stake"; seed 4: Washington has
/// "made every effort to overthrow the state"). An adversary's aim reads from its inputs as
/// aim_j = resolve_j · hostility_rhetoric_j (a resolved adversary whose rhetoric names the regime); the stake is
/// S = max_j aim_j · threat_credibility_j. Two consequences:
/// a concession protects survival only as far as the answered adversary's aim is limited, so the breaking point's
/// relief is multiplied by (1 − aim)^γ (γ = survival.aim_exponent, in <see cref="BreakingPoint"/>); and a leader
/// who believes the regime itself is targeted has little left to lose by resisting:
/// survival_r += cornered_gain · S² · (intensity_r − ½).
/// Pressure therefore works up to a point and backfires past it.
/// </summary>
public static class SurvivalAtStake
{
    /// <summary>An adversary's aim at the regime itself: resolve × hostile rhetoric.</summary>
    public static double Aim(Adversary adversary)
    {
        ArgumentNullException.ThrowIfNull(adversary);
        return adversary.Resolve * adversary.HostilityRhetoric;
    }

    /// <summary>S: the largest credible aim at the regime among all adversaries.</summary>
    public static double Stake(Situation situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        double stake = 0;
        foreach (var adversary in situation.State.Adversaries)
        {
            stake = Math.Max(stake, Aim(adversary) * adversary.ThreatCredibility);
        }

        return stake;
    }

    /// <summary>(1 − aim)^γ: how much of the breaking point's relief a concession to the answered adversary buys.</summary>
    public static double ConcessionWorth(DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Pack.IsOn(Mechanism.SurvivalAtStake)
            ? Math.Pow(1 - Aim(context.Adversary), context[ParameterCatalog.AimExponent])
            : 1;
    }

    /// <summary>Adds the survival value of resisting when the regime itself is the target.</summary>
    public static void Apply(DecisionContext context, EffectTable table)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(table);
        double stake = Stake(context.Situation);
        double gain = context[ParameterCatalog.CorneredGain] * stake * stake;
        foreach (var r in ResponseCategories.All)
        {
            table.Add(r, Objective.Survival, gain * (context.Profile(r).Intensity - 0.5));
        }
    }
}
