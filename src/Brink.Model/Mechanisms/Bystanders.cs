using Brink.Games.Profiles;
using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// Adversaries other than the one being answered (seed 3: Israel and the United States; seed 1: escalation
/// "could trigger a broader regional conflagration"). Each other adversary b joins an open fight with
/// probability resolve_b · threat_credibility_b, so the chance that at least one joins is
/// B = 1 − Π_b (1 − resolve_b · threat_credibility_b). Escalation against one therefore invites the others, and
/// an adversary poised to strike makes open escalation costlier:
/// survival_r −= join_cost · B · (1 − military_parity)^δ · intensity_r² (δ = war.inferiority_exponent).
/// </summary>
public static class Bystanders
{
    /// <summary>B: the chance that at least one adversary not being answered joins an open fight.</summary>
    public static double JoinChance(DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        double stayOut = 1;
        foreach (var adversary in context.Situation.State.Adversaries)
        {
            if (!ReferenceEquals(adversary, context.Adversary))
            {
                stayOut *= 1 - (adversary.Resolve * adversary.ThreatCredibility);
            }
        }

        return 1 - stayOut;
    }

    /// <summary>Adds the cost of drawing the others in.</summary>
    public static void Apply(DecisionContext context, EffectTable table)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(table);
        double cost = context[ParameterCatalog.CoalitionJoinCost] * JoinChance(context) * ReplyConsequences.Inferiority(context);
        foreach (var r in ResponseCategories.All)
        {
            double intensity = context.Profile(r).Intensity;
            table.Add(r, Objective.Survival, -cost * intensity * intensity);
        }
    }
}
