using Brink.Model.Prediction;
using Brink.Model.Randomness;
using Brink.Model.Situations;

namespace Brink.Model.Dynamics;

/// <summary>
/// Draws the next trigger from the transition table, adjusted by the state (protests follow unrest, collapses
/// follow weak partners, nuclear strikes follow latency, a ceasefire offer needs a war, a blow to a partner
/// needs a living one), and applies its effect on the state.
/// </summary>
internal sealed class TriggerEffects(DynamicsParameters parameters)
{
    public void DrawNext(CrisisStateBuilder state, ResponseCategory response, AdversaryReply reply, int adversaryIndex, ref Xoshiro256StarStar rng)
    {
        var model = parameters.Transitions;
        Span<double> weights = stackalloc double[TriggerTransitionModel.TriggerKindCount];
        model.WeightsFor(response, reply).CopyTo(weights);

        int weakest = WeakestLivingProxy(state);
        if (weakest < 0)
        {
            weights[(int)TriggerKind.StrikeOnProxy] = 0;
            weights[(int)TriggerKind.ProxyCollapse] = 0;
        }
        else
        {
            weights[(int)TriggerKind.ProxyCollapse] *= 1 + (parameters.TriggerCollapseWeaknessGain * (1 - state.ProxyStrength(weakest)));
        }

        weights[(int)TriggerKind.DomesticProtest] *= 1 + (parameters.TriggerProtestUnrestGain * state.Unrest);
        weights[(int)TriggerKind.StrikeOnNuclear] *= 1 + (parameters.TriggerNuclearLatencyGain * state.NuclearLatency);
        if (!state.WarOngoing)
        {
            weights[(int)TriggerKind.CeasefireOffer] = 0;
        }

        // The world answers back: the less the leader's threats are believed, the likelier the next blow; and a
        // blow needs an adversary resolved to deal it (factor 1 at resolve ½, 1 ± gain/2 at 1 and 0).
        double credibility = StateTransition.Clamp(state.DeterrenceCredibility);
        int dealer = adversaryIndex >= 0 ? adversaryIndex : state.TriggerInitiatorIndex;
        double resolve = dealer >= 0 && dealer < state.AdversaryCount ? state.Resolve(dealer) : 0.5;
        double boldness = (1 + (parameters.AdversaryBoldnessGain * (1 - credibility))) * Math.Max(0, 1 + (parameters.AdversaryResolveGain * (resolve - 0.5)));
        for (int k = 0; k < weights.Length; k++)
        {
            if (StateTransition.IsHostile((TriggerKind)k))
            {
                weights[k] *= boldness;
            }
        }

        double total = 0;
        foreach (double w in weights)
        {
            total += w;
        }

        // Four draws on every path, so one branch never shifts the stream of the steps after it.
        int drawn = total > 0 ? rng.NextIndex(weights) : (int)TriggerKind.None;
        if (total <= 0)
        {
            rng.NextUInt64();
        }

        var kind = (TriggerKind)drawn;
        var rule = model.Kinds[drawn];
        double severity = rule.SeverityMin + ((rule.SeverityMax - rule.SeverityMin) * rng.NextDouble());
        if (StateTransition.IsHostile(kind))
        {
            // ... and the heavier it falls: severity moves toward the kind's maximum as credibility wanes.
            severity += parameters.AdversarySeverityGain * (1 - credibility) * (rule.SeverityMax - severity);
        }

        bool overt = rng.NextBernoulli(rule.OvertProbability);
        bool onSoil = rng.NextBernoulli(rule.OnSoilProbability);
        Apply(state, kind, severity, overt, onSoil, Initiator(state, kind, adversaryIndex));
    }

    public void Apply(CrisisStateBuilder state, TriggerKind kind, double severity, bool overt, bool onSoil, int initiatorIndex)
    {
        state.TriggerKind = kind;
        state.TriggerSeverity = StateTransition.Clamp(severity);
        state.TriggerOvert = overt;
        state.TriggerOnSoil = onSoil;
        state.TriggerInitiatorIndex = initiatorIndex;
        switch (kind)
        {
            case TriggerKind.Sanctions:
                state.Sanctions = StateTransition.Clamp(state.Sanctions + (parameters.SanctionsTriggerStep * severity * (1 - state.Sanctions)));
                break;
            case TriggerKind.DomesticProtest:
                state.Unrest = StateTransition.Clamp(state.Unrest + (parameters.UnrestProtestStep * severity * (1 - state.Unrest)));
                break;
            case TriggerKind.DiplomaticOffer or TriggerKind.CeasefireOffer when initiatorIndex >= 0:
                // An offer puts relief or talks on the table: the offering adversary's engagement rises.
                state.SetEngagement(initiatorIndex, StateTransition.Clamp(state.Engagement(initiatorIndex) + (parameters.EngagementOfferStep * (1 - state.Engagement(initiatorIndex)))));
                break;
            case TriggerKind.StrikeOnNuclear:
                state.NuclearLatency = StateTransition.Clamp(state.NuclearLatency - (parameters.NuclearStrikeSetback * severity));
                break;
            case TriggerKind.StrikeOnProxy when StrongestProxy(state) is >= 0 and var target:
                state.SetProxyStrength(target, StateTransition.Clamp(state.ProxyStrength(target) - (parameters.ProxyStrikeDamage * severity)));
                break;
            case TriggerKind.ProxyCollapse when WeakestLivingProxy(state) is >= 0 and var fallen:
                // The essays' cascade: a partner's fall weakens every other partner in the network.
                for (int i = 0; i < state.ProxyCount; i++)
                {
                    state.SetProxyStrength(i, i == fallen ? 0 : state.ProxyStrength(i) * (1 - parameters.ProxyCollapseCascade));
                }

                // Failure abroad costs legitimacy at home (seed 1: discontent when regional adventures fail).
                state.Legitimacy = Math.Max(0, state.Legitimacy - (parameters.LegitimacyPartnerCollapseCost * severity));

                break;
        }
    }

    // Internal triggers are domestic; others come from the adversary who answered, else the current
    // initiator, else the adversary whose threat weighs most (resolve × threat credibility).
    private static int Initiator(CrisisStateBuilder state, TriggerKind kind, int adversaryIndex)
    {
        if (kind == TriggerKind.DomesticProtest)
        {
            return TriggerInitiator.Domestic;
        }

        if (adversaryIndex >= 0)
        {
            return adversaryIndex;
        }

        if (state.TriggerInitiatorIndex >= 0)
        {
            return state.TriggerInitiatorIndex;
        }

        if (state.AdversaryCount == 0)
        {
            return TriggerInitiator.Original;
        }

        int best = 0;
        for (int i = 1; i < state.AdversaryCount; i++)
        {
            if (state.Resolve(i) * state.ThreatCredibility(i) > state.Resolve(best) * state.ThreatCredibility(best))
            {
                best = i;
            }
        }

        return best;
    }

    private int WeakestLivingProxy(CrisisStateBuilder state) => LivingProxy(state, strongest: false);

    private int StrongestProxy(CrisisStateBuilder state) => LivingProxy(state, strongest: true);

    /// <summary>The weakest or the strongest partner not yet collapsed (the first of equals), or -1 when all have.</summary>
    private int LivingProxy(CrisisStateBuilder state, bool strongest)
    {
        int chosen = -1;
        for (int i = 0; i < state.ProxyCount; i++)
        {
            double s = state.ProxyStrength(i);
            if (s >= parameters.ProxyCollapsedBelow
                && (chosen < 0 || (strongest ? s > state.ProxyStrength(chosen) : s < state.ProxyStrength(chosen))))
            {
                chosen = i;
            }
        }

        return chosen;
    }
}
