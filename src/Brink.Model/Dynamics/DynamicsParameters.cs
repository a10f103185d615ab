using System.Collections.Immutable;

namespace Brink.Model.Dynamics;

/// <summary>
/// The rates that move a crisis between decision points (docs/simulation.md gives each equation). A pack's
/// <c>dynamics.yaml</c> is the source of every value; <see cref="DynamicsLoader"/> builds this record from it,
/// and tests vary one rate at a time with <c>with</c>. Shares are on 0..1 unless said otherwise. Record equality
/// compares <see cref="Transitions"/> and <see cref="Rates"/> by reference; compare rates by name and value.
/// </summary>
public sealed record DynamicsParameters
{
    /// <summary><c>credibility.decay_unexecuted</c>: share of deterrence credibility lost per unanswered hostile trigger.</summary>
    public double CredibilityDecayUnexecuted { get; init; }

    /// <summary><c>credibility.restore_executed</c>: share of the gap to 1 regained after an executed reply not out-escalated.</summary>
    public double CredibilityRestoreExecuted { get; init; }

    /// <summary><c>credibility.deniable_share</c>: fraction of that restoration a deniable act earns.</summary>
    public double CredibilityDeniableShare { get; init; }

    /// <summary><c>proxy.spend_deniable</c>: share of each partner's strength a deniable action spends.</summary>
    public double ProxySpendDeniable { get; init; }

    /// <summary><c>proxy.rebuild</c>: share of the gap to full strength a living partner rebuilds per step.</summary>
    public double ProxyRebuild { get; init; }

    /// <summary><c>proxy.collapsed_below</c>: strength under which a partner counts as collapsed and stops rebuilding.</summary>
    public double ProxyCollapsedBelow { get; init; }

    /// <summary><c>proxy.collapse_cascade</c>: share of strength every other partner loses when one collapses.</summary>
    public double ProxyCollapseCascade { get; init; }

    /// <summary><c>proxy.strike_damage</c>: strength a strike on a partner removes, times severity.</summary>
    public double ProxyStrikeDamage { get; init; }

    /// <summary><c>economy.sanctions_erosion</c>: economy lost per step as a share of economy × the accumulated burden of sanctions.</summary>
    public double EconomySanctionsErosion { get; init; }

    /// <summary><c>economy.recovery</c>: share of the gap to 1 the economy regains per step, times (1 − sanctions).</summary>
    public double EconomyRecovery { get; init; }

    /// <summary><c>burden.accumulation</c>: per step, burden gains this share of sanctions × (1 − burden).</summary>
    public double BurdenAccumulation { get; init; }

    /// <summary><c>burden.relief</c>: per step, burden loses this share of itself times (1 − sanctions).</summary>
    public double BurdenRelief { get; init; }

    /// <summary><c>economy.war_damage</c>: share of the economy lost per step of open war.</summary>
    public double EconomyWarDamage { get; init; }

    /// <summary><c>sanctions.deal_relief</c>: share of sanctions lifted by a deal (a concession met by backing down).</summary>
    public double SanctionsDealRelief { get; init; }

    /// <summary><c>sanctions.tighten_on_escalation</c>: share of the gap to 1 added after a nuclear or major step or an adversary's escalation.</summary>
    public double SanctionsTightenOnEscalation { get; init; }

    /// <summary><c>sanctions.trigger_step</c>: share of the gap to 1 a sanctions trigger adds, times severity.</summary>
    public double SanctionsTriggerStep { get; init; }

    /// <summary><c>unrest.from_pain</c>: unrest gained per step as a share of pain × (1 − unrest), pain = burden·(1 − economy).</summary>
    public double UnrestFromPain { get; init; }

    /// <summary><c>unrest.decay</c>: share of unrest that fades per step.</summary>
    public double UnrestDecay { get; init; }

    /// <summary><c>unrest.protest_step</c>: share of the gap to 1 a domestic-protest trigger adds, times severity.</summary>
    public double UnrestProtestStep { get; init; }

    /// <summary><c>legitimacy.from_unrest</c>: legitimacy lost per step as a share of legitimacy × unrest.</summary>
    public double LegitimacyFromUnrest { get; init; }

    /// <summary><c>legitimacy.recovery</c>: share of the gap to 1 legitimacy regains per step, times (1 − unrest).</summary>
    public double LegitimacyRecovery { get; init; }

    /// <summary><c>crackdown.calm</c>: share of unrest a crackdown removes.</summary>
    public double CrackdownCalm { get; init; }

    /// <summary><c>crackdown.legitimacy_cost</c>: legitimacy a crackdown costs (absolute).</summary>
    public double CrackdownLegitimacyCost { get; init; }

    /// <summary><c>engagement.offer_step</c>: share of the gap to 1 an offer adds to its initiator's engagement.</summary>
    public double EngagementOfferStep { get; init; }

    /// <summary><c>engagement.decay</c>: share of every adversary's engagement that fades per step unless renewed.</summary>
    public double EngagementDecay { get; init; }

    /// <summary><c>nuclear.step</c>: share of the gap to 1 nuclear latency gains from a nuclear response.</summary>
    public double NuclearStep { get; init; }

    /// <summary><c>nuclear.strike_setback</c>: latency a strike on nuclear facilities removes, times severity.</summary>
    public double NuclearStrikeSetback { get; init; }

    /// <summary><c>clock.months_per_step</c>: months between decision points (election clocks count down by it).</summary>
    public int MonthsPerStep { get; init; } = 1;

    /// <summary><c>clock.election_cycle_months</c>: months an election clock restarts at once the election is held.</summary>
    public int ElectionCycleMonths { get; init; } = 48;

    /// <summary><c>outcome.regime_crisis_legitimacy</c>: legitimacy under which a trajectory counts a regime crisis.</summary>
    public double RegimeCrisisLegitimacy { get; init; }

    /// <summary><c>trigger.protest_unrest_gain</c>: a domestic protest's weight is multiplied by 1 + gain · unrest.</summary>
    public double TriggerProtestUnrestGain { get; init; }

    /// <summary><c>trigger.collapse_weakness_gain</c>: a collapse's weight is multiplied by 1 + gain · (1 − weakest living partner).</summary>
    public double TriggerCollapseWeaknessGain { get; init; }

    /// <summary><c>trigger.nuclear_latency_gain</c>: a nuclear strike's weight is multiplied by 1 + gain · latency.</summary>
    public double TriggerNuclearLatencyGain { get; init; }

    /// <summary><c>adversary.boldness_gain</c>: each hostile trigger kind's weight is multiplied by 1 + gain · (1 − deterrence credibility).</summary>
    public double AdversaryBoldnessGain { get; init; }

    /// <summary><c>adversary.resolve_gain</c>: each hostile trigger kind's weight is also multiplied by 1 + gain · (resolve − ½) of the adversary dealing it (at least 0).</summary>
    public double AdversaryResolveGain { get; init; }

    /// <summary><c>adversary.severity_gain</c>: a hostile trigger's severity moves this share of (1 − credibility) toward its kind's maximum.</summary>
    public double AdversarySeverityGain { get; init; }

    /// <summary><c>adversary.emboldening</c>: share by which the answering adversary's resolve moves after a blow left standing (up) or credibly answered (down).</summary>
    public double AdversaryEmboldening { get; init; }

    /// <summary><c>legitimacy.partner_collapse_cost</c>: legitimacy a partner's collapse costs, times its severity (failure abroad).</summary>
    public double LegitimacyPartnerCollapseCost { get; init; }

    /// <summary><c>legitimacy.lost_exchange_cost</c>: legitimacy lost when a forceful response is out-escalated (a lost exchange).</summary>
    public double LegitimacyLostExchangeCost { get; init; }

    /// <summary><c>hardliners.from_pressure</c>: per step, hard-liner influence gains this share of pressure × (1 − influence).</summary>
    public double HardlinersFromPressure { get; init; }

    /// <summary><c>hardliners.relaxation</c>: per step, influence above its starting level falls back by this share, times (1 − pressure).</summary>
    public double HardlinersRelaxation { get; init; }

    /// <summary><c>misperception.limited_as_major</c>: chance that the adversary reads a deniable or limited overt move as a major one.</summary>
    public double MisperceptionLimitedAsMajor { get; init; }

    /// <summary><c>misperception.mediator_damping</c>: share of those misreadings a trusted mediator prevents.</summary>
    public double MisperceptionMediatorDamping { get; init; }

    /// <summary>The next-trigger model conditioned on (focal response, adversary reply).</summary>
    public TriggerTransitionModel Transitions { get; init; } = TriggerTransitionModel.Quiet;

    /// <summary>The rates as read from the pack, with their descriptions, in file order (empty when built in code).</summary>
    public ImmutableArray<DynamicsRate> Rates { get; init; } = [];
}
