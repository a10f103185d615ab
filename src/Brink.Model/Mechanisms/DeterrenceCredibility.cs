using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// Deterrence credibility (seed 3: "Khamenei's threats are losing their potency ... inaction could be equally
/// dangerous, signalling weakness"; seed 2: "notions of proportionality"). A blow is answered in kind:
/// answered_r = capacity_r · Σ_d blow_d · answers_{r,d} (capacity: network for deniable, latency for nuclear). With gap = 1.5 − deterrence_credibility,
/// face_r += restore_gain · gap · answered_r − unanswered_cost · gap · (blow − answered_r), and a reply far above
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
            double answered = Answered(blow, profile) * Capacity(context, r);
            table.Add(r, Objective.Face, (context[ParameterCatalog.RestoreGain] * gap * answered)
                - (context[ParameterCatalog.UnansweredCost] * gap * (blow.Total - answered)));
            table.Add(r, Objective.Influence, -context[ParameterCatalog.Overreach] * Math.Max(0, profile.Intensity - peak - 0.2));
        }
    }
}
