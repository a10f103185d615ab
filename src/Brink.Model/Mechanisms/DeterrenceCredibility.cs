using Brink.Games.Profiles;
using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// Deterrence credibility (seed 3: "Khamenei's threats are losing their potency ... inaction could be equally
/// dangerous, signalling weakness"; seed 2: "notions of proportionality"). A blow is answered in kind:
/// answered_r = capacity_r · Σ_d blow_d · answers_{r,d} (capacity: network for deniable, latency for nuclear). Answering
/// has diminishing returns (seed 2: "Khamenei will seek to balance escalation, restraint, and deterrence"): the
/// share of the blow covered, x_r = answered_r / blow, restores face as h(x) = 1 − (1 − x)², so most of the face a
/// full answer brings is already won by a telegraphed or deniable one. With gap = 1.5 − deterrence_credibility,
/// face_r += gap · blow · ((restore_gain + unanswered_cost) · h(x_r) − unanswered_cost), and a reply far above
/// the blow costs influence: − overreach · max(0, intensity_r − peak blow − 0.2).
/// Low credibility therefore raises the value of a visible, proportional reply.
/// </summary>
public static class DeterrenceCredibility
{
    /// <summary>How much of the blow response <paramref name="profile"/> answers.</summary>
    public static double Answered(in BlowProfile blow, ResponseProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return (blow.Military * profile.AnswersMilitary) + (blow.Covert * profile.AnswersCovert)
            + (blow.Economic * profile.AnswersEconomic) + (blow.Proxy * profile.AnswersProxy);
    }

    /// <summary>
    /// How much of its answering power a response can bring: a deniable act is limited by the proxy network, a
    /// nuclear step by the programme's latency; the others carry in full.
    /// </summary>
    public static double Capacity(DecisionContext context, ResponseCategory response)
    {
        ArgumentNullException.ThrowIfNull(context);
        return response switch
        {
            ResponseCategory.Deniable => ProxyNetwork.Capacity(context.Network),
            ResponseCategory.Nuclear => NuclearLeverage.Capacity(context.Situation.State.NuclearLatency),
            _ => 1,
        };
    }

    /// <summary>
    /// h(x_r): how much of the blow response <paramref name="response"/> covers, with diminishing returns
    /// (0 = unanswered, 1 = fully answered; 0 when there is no blow).
    /// </summary>
    public static double Coverage(DecisionContext context, ResponseCategory response)
    {
        ArgumentNullException.ThrowIfNull(context);
        double blow = context.Blow.Total;
        if (blow <= 0)
        {
            return 0;
        }

        double share = Math.Clamp(Answered(context.Blow, context.Profile(response)) * Capacity(context, response) / blow, 0, 1);
        return 1 - ((1 - share) * (1 - share));
    }

    /// <summary>Adds the face and influence terms to every response.</summary>
    public static void Apply(DecisionContext context, EffectTable table)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(table);
        var blow = context.Blow;
        double gap = 1.5 - context.Situation.State.DeterrenceCredibility;
        double peak = Math.Max(Math.Max(blow.Military, blow.Covert), Math.Max(blow.Economic, blow.Proxy));
        foreach (var r in ResponseCategories.All)
        {
            var profile = context.Profile(r);
            double unanswered = context[ParameterCatalog.UnansweredCost];
            table.Add(r, Objective.Face, gap * blow.Total * (((context[ParameterCatalog.RestoreGain] + unanswered) * Coverage(context, r)) - unanswered));
            table.Add(r, Objective.Influence, -context[ParameterCatalog.Overreach] * Math.Max(0, profile.Intensity - peak - 0.2));
        }
    }
}
