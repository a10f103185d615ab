using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Brink.Model.Situations;

/// <summary>The <c>state</c> block: every number 0..1 except the month counts.</summary>
internal sealed partial class SituationReader
{
    private static readonly string[] StateKeys =
    [
        "economy", "sanctions", "unrest", "legitimacy", "deterrence_credibility", "nuclear_latency", "military_parity",
        "proxies", "adversaries", "third_parties", "mediator_available", "hardliner_influence", "own_election_months",
        "war_ongoing",
    ];

    private static readonly string[] AdversaryKeys = ["resolve", "threat_credibility", "engagement", "hostility_rhetoric", "election_months"];
    private static readonly string[] ThirdPartyKeys = ["economic_lifeline"];

    private WorldState? ReadState(YamlNode node)
    {
        if (fields.Mapping(node) is not { } mapping)
        {
            return null;
        }

        var e = fields.Entries(mapping, StateKeys);
        double Level(string key) => fields.Fraction(e.GetValueOrDefault(key), SituationDefaults.StateLevel);
        return new WorldState(
            Level("economy"),
            Level("sanctions"),
            Level("unrest"),
            Level("legitimacy"),
            Level("deterrence_credibility"),
            Level("nuclear_latency"),
            Level("military_parity"),
            ReadProxies(e.GetValueOrDefault("proxies")),
            ReadAdversaries(e.GetValueOrDefault("adversaries")),
            ReadThirdParties(e.GetValueOrDefault("third_parties")),
            fields.Boolean(e.GetValueOrDefault("mediator_available"), SituationDefaults.MediatorAvailable),
            fields.Fraction(e.GetValueOrDefault("hardliner_influence"), SituationDefaults.HardlinerInfluence),
            fields.WholeNumber(e.GetValueOrDefault("own_election_months"), 0, int.MaxValue),
            fields.Boolean(e.GetValueOrDefault("war_ongoing"), SituationDefaults.WarOngoing));
    }

    /// <summary>Open-keyed mapping (actor or partner ids are not fixed), in file order.</summary>
    private IEnumerable<(string Name, YamlNode Value)> Named(YamlNode? node)
    {
        if (node is null || fields.Mapping(node) is not { } mapping)
        {
            yield break;
        }

        int count = 0;
        foreach (var (key, value) in fields.Entries(mapping, null))
        {
            if (++count > SituationLimits.MaxActorsPerGroup)
            {
                fields.Report(value, SituationMessages.WithinActors, key);
                yield break;
            }

            if (string.IsNullOrWhiteSpace(key))
            {
                fields.Report(value, SituationMessages.ActorId, key);
                continue;
            }

            yield return (key, value);
        }
    }

    private ImmutableArray<Proxy> ReadProxies(YamlNode? node) =>
        [.. Named(node).Select(p => new Proxy(p.Name, fields.Fraction(p.Value, 0)))];

    private ImmutableArray<Adversary> ReadAdversaries(YamlNode? node)
    {
        var result = ImmutableArray.CreateBuilder<Adversary>();
        foreach (var (id, value) in Named(node))
        {
            if (fields.Mapping(value) is not { } mapping)
            {
                continue;
            }

            var e = fields.Entries(mapping, AdversaryKeys);
            result.Add(new Adversary(
                id,
                fields.Fraction(e.GetValueOrDefault("resolve"), SituationDefaults.Resolve),
                fields.Fraction(e.GetValueOrDefault("threat_credibility"), SituationDefaults.ThreatCredibility),
                fields.Fraction(e.GetValueOrDefault("engagement"), SituationDefaults.Engagement),
                fields.Fraction(e.GetValueOrDefault("hostility_rhetoric"), SituationDefaults.HostilityRhetoric),
                fields.WholeNumber(e.GetValueOrDefault("election_months"), 0, int.MaxValue)));
        }

        return result.ToImmutable();
    }

    private ImmutableArray<ThirdParty> ReadThirdParties(YamlNode? node)
    {
        var result = ImmutableArray.CreateBuilder<ThirdParty>();
        foreach (var (id, value) in Named(node))
        {
            if (fields.Mapping(value) is not { } mapping)
            {
                continue;
            }

            var e = fields.Entries(mapping, ThirdPartyKeys);
            result.Add(new ThirdParty(id, fields.Fraction(e.GetValueOrDefault("economic_lifeline"), SituationDefaults.EconomicLifeline)));
        }

        return result.ToImmutable();
    }
}
