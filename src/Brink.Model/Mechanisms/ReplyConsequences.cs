using Brink.Games.Profiles;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// What the adversary's reply does to the focal leader (seed 2: overt attacks "could incite a conflict that he
/// would lose"; seed 4: Iran "cannot afford – militarily or politically – a direct, conventional armed
/// confrontation with any state"). Vulnerability V = threat_credibility · (1 − military_parity)^δ
/// (δ = war.inferiority_exponent; with the mechanism off, V = threat_credibility). Escalate:
/// survival −= escalation_damage · V · (¼ + intensity_r²), steep by rung, economy −= ½ · lifeline_value · lifeline,
/// and after a nuclear step survival −= strike_risk · latency · threat_credibility. Proportional:
/// survival −= proportional_damage · V. Back down: face += back_down_gain · intensity_r.
/// A war already under way does not soften the stronger power's escalation; what it sinks is the intrinsic cost
/// of mobilising (<see cref="SelfDefense"/>).
/// </summary>
public static class ReplyConsequences
{
    /// <summary>(1 − military_parity)^δ: how far the focal state is outgunned (1 with the mechanism off).</summary>
    public static double Inferiority(DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Pack.IsOn(Mechanism.Inferiority)
            ? Math.Pow(1 - context.Situation.State.MilitaryParity, context[ParameterCatalog.InferiorityExponent])
            : 1;
    }

    /// <summary>Adds the reply's effects to <paramref name="row"/> (objective order).</summary>
    public static void Apply(DecisionContext context, ResponseCategory response, AdversaryReply reply, Span<double> row)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.Situation.State;
        double threat = context.Adversary.ThreatCredibility;
        double vulnerability = threat * Inferiority(context);
        double intensity = context.Profile(response).Intensity;
        switch (reply)
        {
            case AdversaryReply.Escalate:
                row[(int)Objective.Survival] -= context[ParameterCatalog.EscalationDamage] * vulnerability * (0.25 + (intensity * intensity));
                if (context.Pack.IsOn(Mechanism.ThirdPartiesAndTiming))
                {
                    row[(int)Objective.Economy] -= 0.5 * context[ParameterCatalog.LifelineValue] * context.Lifeline;
                }
                if (response == ResponseCategory.Nuclear)
                {
                    row[(int)Objective.Survival] -= context[ParameterCatalog.NuclearStrikeRisk] * state.NuclearLatency * threat;
                }

                break;
            case AdversaryReply.Proportional:
                row[(int)Objective.Survival] -= context[ParameterCatalog.ProportionalDamage] * vulnerability;
                break;
            case AdversaryReply.BackDown:
                row[(int)Objective.Face] += context[ParameterCatalog.BackDownGain] * intensity;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(reply), reply, "Not a reply.");
        }
    }
}
