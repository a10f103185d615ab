using Brink.Games.Profiles;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// The answering adversary's payoffs by private type (seed 2: "either side could easily misinterpret the other's
/// moves"; the hard type's prior is its <c>resolve</c>). Escalation cost c = (hard or soft cost) · (1 +
/// election_restraint · near_election). With refuse = 0 after a concession, 1 otherwise, and i the response's
/// provocation (its intensity, as misread for want of a channel (<see cref="Channels"/>), above 0.7 × the
/// adversary's own blow, see <see cref="Provocation"/>):
/// back down = ½ · (1 − refuse); proportional = 0.6 · provocation_gain · i + ½ · coercion_gain · coercion ·
/// refuse − 0.4·c; escalate = provocation_gain · i + coercion_gain · coercion · refuse − c.
/// </summary>
public static class AdversaryPayoffs
{
    /// <summary>Prior probability that the adversary is the hard type.</summary>
    public static double HardPrior(DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Math.Clamp(context.Adversary.Resolve, 0.01, 0.99);
    }

    /// <summary>
    /// How provocative a response of this intensity is: the part above 0.7 × the adversary's own blow. A reply in
    /// proportion to what the adversary did reads as closing the round, not opening a new one (seed 2: "his
    /// notions of proportionality"; the telegraphed Ain al-Asad strike was meant to end the exchange).
    /// </summary>
    public static double Provocation(in BlowProfile blow, double intensity)
    {
        double peak = Math.Max(Math.Max(blow.Military, blow.Covert), Math.Max(blow.Economic, blow.Proxy));
        return Math.Max(0, intensity - (0.7 * peak));
    }

    /// <summary>The adversary's payoff for <paramref name="reply"/> to <paramref name="response"/>.</summary>
    public static double Utility(DecisionContext context, ResponseCategory response, AdversaryReply reply, bool hard)
    {
        ArgumentNullException.ThrowIfNull(context);
        double cost = context[hard ? ParameterCatalog.HardEscalationCost : ParameterCatalog.SoftEscalationCost]
            * (1 + (context[ParameterCatalog.ElectionRestraint] * context.AdversaryElectionNearness));
        double refuse = response == ResponseCategory.Concede ? 0 : 1;
        double intensity = Channels.PerceivedIntensity(context.Profile(response).Intensity, context.Misread);
        double provocation = context[ParameterCatalog.ProvocationGain] * Provocation(context.Blow, intensity);
        double coercion = context[ParameterCatalog.CoercionGain] * context.Blow.Coercion * refuse;
        return reply switch
        {
            AdversaryReply.BackDown => 0.5 * (1 - refuse),
            AdversaryReply.Proportional => (0.6 * provocation) + (0.5 * coercion) - (0.4 * cost),
            AdversaryReply.Escalate => provocation + coercion - cost,
            _ => throw new ArgumentOutOfRangeException(nameof(reply), reply, "Not a reply."),
        };
    }
}
