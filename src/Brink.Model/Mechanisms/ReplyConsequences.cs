using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// What the adversary's reply does to the focal leader (seed 2: overt attacks "could incite a conflict that he
/// would lose"). Vulnerability V = threat_credibility · (1 − ½·military_parity) · (1 − war.ongoing_discount ·
/// war_ongoing). Escalate: survival −= escalation_damage · V · (½ + intensity_r), economy −= ½ · lifeline_value ·
/// lifeline, and after a nuclear step survival −= strike_risk · latency · threat_credibility. Proportional:
/// survival −= proportional_damage · V. Back down: face += back_down_gain · intensity_r.
/// </summary>
public static class ReplyConsequences
{
    /// <summary>Adds the reply's effects to <paramref name="row"/> (objective order).</summary>
    public static void Apply(DecisionContext context, ResponseCategory response, AdversaryReply reply, Span<double> row)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.Situation.State;
        double threat = context.Adversary.ThreatCredibility;
        double vulnerability = threat * (1 - (0.5 * state.MilitaryParity))
            * (1 - (state.WarOngoing ? context[ParameterCatalog.WarOngoingDiscount] : 0));
        double intensity = context.Profile(response).Intensity;
        switch (reply)
        {
            case AdversaryReply.Escalate:
                row[(int)Objective.Survival] -= context[ParameterCatalog.EscalationDamage] * vulnerability * (0.5 + intensity);
                row[(int)Objective.Economy] -= 0.5 * context[ParameterCatalog.LifelineValue] * context.Lifeline;
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
