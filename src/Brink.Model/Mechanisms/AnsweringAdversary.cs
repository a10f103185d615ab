using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// Which adversary answers the focal response: the trigger's initiator when it is listed as an adversary,
/// otherwise the most dangerous one (largest resolve × threat credibility). Ids are open: nothing here
/// knows any actor by name. With no adversary listed a neutral one stands in.
/// </summary>
public static class AnsweringAdversary
{
    /// <summary>Id used for the neutral stand-in.</summary>
    public const string NeutralId = "adversary";

    /// <summary>The answering adversary of a situation.</summary>
    public static Adversary Of(Situation situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        var adversaries = situation.State.Adversaries;
        foreach (var adversary in adversaries)
        {
            if (adversary.Id == situation.Trigger.By)
            {
                return adversary;
            }
        }

        Adversary? best = null;
        foreach (var adversary in adversaries)
        {
            if (best is null || adversary.Resolve * adversary.ThreatCredibility > best.Resolve * best.ThreatCredibility)
            {
                best = adversary;
            }
        }

        return best ?? new Adversary(NeutralId, 0.5, 0.5, 0, 0.5, null);
    }

    /// <summary>Why <see cref="Of"/> picks the adversary it does, in the explanation's words.</summary>
    public static string Why(Situation situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        var adversaries = situation.State.Adversaries;
        return adversaries.Any(a => a.Id == situation.Trigger.By) ? "the trigger's initiator"
            : adversaries.IsEmpty ? "a neutral stand-in (no adversary listed)"
            : "the most dangerous listed adversary (the trigger is domestic)";
    }

    /// <summary>
    /// The largest military danger among all adversaries (resolve × threat credibility): the breaking point
    /// weighs the worst threat, not only the one that pulled the trigger.
    /// </summary>
    public static double GravestThreat(Situation situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        double worst = 0;
        foreach (var adversary in situation.State.Adversaries)
        {
            worst = Math.Max(worst, adversary.Resolve * adversary.ThreatCredibility);
        }

        return worst;
    }
}
