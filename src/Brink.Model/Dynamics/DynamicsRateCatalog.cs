using System.Collections.Immutable;

namespace Brink.Model.Dynamics;

/// <summary>
/// Every rate a <c>dynamics.yaml</c> must define: its name, admissible range and where it goes in
/// <see cref="DynamicsParameters"/>. The names are the file format; the values live in the pack.
/// </summary>
internal static class DynamicsRateCatalog
{
    internal sealed record Entry(string Name, double Lower, double Upper, bool IsInteger, Func<DynamicsParameters, double, DynamicsParameters> Apply);

    public static ImmutableArray<Entry> All { get; } =
    [
        Share("credibility.decay_unexecuted", (p, v) => p with { CredibilityDecayUnexecuted = v }),
        Share("credibility.restore_executed", (p, v) => p with { CredibilityRestoreExecuted = v }),
        Share("credibility.deniable_share", (p, v) => p with { CredibilityDeniableShare = v }),
        Share("proxy.spend_deniable", (p, v) => p with { ProxySpendDeniable = v }),
        Share("proxy.rebuild", (p, v) => p with { ProxyRebuild = v }),
        Share("proxy.collapsed_below", (p, v) => p with { ProxyCollapsedBelow = v }),
        Share("proxy.collapse_cascade", (p, v) => p with { ProxyCollapseCascade = v }),
        Share("proxy.strike_damage", (p, v) => p with { ProxyStrikeDamage = v }),
        Share("economy.sanctions_erosion", (p, v) => p with { EconomySanctionsErosion = v }),
        Share("economy.recovery", (p, v) => p with { EconomyRecovery = v }),
        Share("burden.accumulation", (p, v) => p with { BurdenAccumulation = v }),
        Share("burden.relief", (p, v) => p with { BurdenRelief = v }),
        Share("economy.war_damage", (p, v) => p with { EconomyWarDamage = v }),
        Share("sanctions.deal_relief", (p, v) => p with { SanctionsDealRelief = v }),
        Share("sanctions.tighten_on_escalation", (p, v) => p with { SanctionsTightenOnEscalation = v }),
        Share("sanctions.trigger_step", (p, v) => p with { SanctionsTriggerStep = v }),
        Share("unrest.from_pain", (p, v) => p with { UnrestFromPain = v }),
        Share("unrest.decay", (p, v) => p with { UnrestDecay = v }),
        Share("unrest.protest_step", (p, v) => p with { UnrestProtestStep = v }),
        Share("legitimacy.from_unrest", (p, v) => p with { LegitimacyFromUnrest = v }),
        Share("legitimacy.recovery", (p, v) => p with { LegitimacyRecovery = v }),
        Share("crackdown.calm", (p, v) => p with { CrackdownCalm = v }),
        Share("crackdown.legitimacy_cost", (p, v) => p with { CrackdownLegitimacyCost = v }),
        Share("engagement.offer_step", (p, v) => p with { EngagementOfferStep = v }),
        Share("engagement.decay", (p, v) => p with { EngagementDecay = v }),
        Share("nuclear.step", (p, v) => p with { NuclearStep = v }),
        Share("nuclear.strike_setback", (p, v) => p with { NuclearStrikeSetback = v }),
        new("clock.months_per_step", 1, 120, true, (p, v) => p with { MonthsPerStep = (int)v }),
        new("clock.election_cycle_months", 1, 240, true, (p, v) => p with { ElectionCycleMonths = (int)v }),
        Share("outcome.regime_crisis_legitimacy", (p, v) => p with { RegimeCrisisLegitimacy = v }),
        Gain("trigger.protest_unrest_gain", (p, v) => p with { TriggerProtestUnrestGain = v }),
        Gain("trigger.collapse_weakness_gain", (p, v) => p with { TriggerCollapseWeaknessGain = v }),
        Gain("trigger.nuclear_latency_gain", (p, v) => p with { TriggerNuclearLatencyGain = v }),
        Gain("adversary.boldness_gain", (p, v) => p with { AdversaryBoldnessGain = v }),
        Gain("adversary.resolve_gain", (p, v) => p with { AdversaryResolveGain = v }),
        Share("adversary.severity_gain", (p, v) => p with { AdversarySeverityGain = v }),
        Share("adversary.emboldening", (p, v) => p with { AdversaryEmboldening = v }),
        Share("legitimacy.partner_collapse_cost", (p, v) => p with { LegitimacyPartnerCollapseCost = v }),
        Share("legitimacy.lost_exchange_cost", (p, v) => p with { LegitimacyLostExchangeCost = v }),
        Share("hardliners.from_pressure", (p, v) => p with { HardlinersFromPressure = v }),
        Share("hardliners.relaxation", (p, v) => p with { HardlinersRelaxation = v }),
        Share("misperception.limited_as_major", (p, v) => p with { MisperceptionLimitedAsMajor = v }),
        Share("misperception.mediator_damping", (p, v) => p with { MisperceptionMediatorDamping = v }),
    ];

    public static Entry? Find(string name) => All.FirstOrDefault(e => e.Name == name);

    private static Entry Share(string name, Func<DynamicsParameters, double, DynamicsParameters> apply) => new(name, 0, 1, false, apply);

    private static Entry Gain(string name, Func<DynamicsParameters, double, DynamicsParameters> apply) => new(name, 0, 100, false, apply);
}
