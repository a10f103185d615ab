using Brink.Model.Situations;

namespace Brink.Analysis.Backtest;

/// <summary>
/// The state inputs of a situation as a numeric vector for reduced-form baselines: the same inputs the model
/// sees, summarised without names (strongest adversary, strongest partners), never the id, date or title.
/// </summary>
public static class CaseFeatures
{
    /// <summary>Feature names, in vector order.</summary>
    public static readonly string[] Names =
    [
        "severity", "overt", "on_soil", "economy", "sanctions", "unrest", "legitimacy", "deterrence_credibility",
        "nuclear_latency", "military_parity", "hardliner_influence", "mediator", "war_ongoing", "network",
        "max_resolve", "max_threat_credibility", "max_engagement", "max_hostility", "lifeline",
        "kind_military", "kind_covert", "kind_economic", "kind_offer", "kind_domestic",
    ];

    /// <summary>The features of <paramref name="situation"/>.</summary>
    public static double[] Of(Situation situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        var s = situation.State;
        var t = situation.Trigger;
        var strongest = s.Proxies.IsDefaultOrEmpty ? [] : s.Proxies.Select(p => p.Strength).OrderDescending().Take(3).ToArray();
        double Max(Func<Adversary, double> f) => s.Adversaries.IsDefaultOrEmpty ? 0 : s.Adversaries.Max(f);
        var kind = t.Kind;
        return
        [
            t.Severity, t.Overt ? 1 : 0, t.OnSoil ? 1 : 0, s.Economy, s.Sanctions, s.Unrest, s.Legitimacy, s.DeterrenceCredibility,
            s.NuclearLatency, s.MilitaryParity, s.HardlinerInfluence, s.MediatorAvailable ? 1 : 0, s.WarOngoing ? 1 : 0,
            strongest.Length == 0 ? 0 : strongest.Average(),
            Max(a => a.Resolve), Max(a => a.ThreatCredibility), Max(a => a.Engagement), Max(a => a.HostilityRhetoric),
            s.ThirdParties.IsDefaultOrEmpty ? 0 : s.ThirdParties.Max(p => p.EconomicLifeline),
            kind is TriggerKind.StrikeOnTerritory or TriggerKind.StrikeOnNuclear or TriggerKind.Decapitation or TriggerKind.StrikeOnProxy or TriggerKind.MilitaryBuildup or TriggerKind.Seizure ? 1 : 0,
            kind is TriggerKind.Sabotage ? 1 : 0,
            kind is TriggerKind.Sanctions or TriggerKind.Ultimatum ? 1 : 0,
            kind is TriggerKind.DiplomaticOffer or TriggerKind.CeasefireOffer ? 1 : 0,
            kind is TriggerKind.DomesticProtest ? 1 : 0,
        ];
    }
}
