using System.Collections.Immutable;
using System.Globalization;
using Brink.Model.Situations;

namespace Brink.Model.Prediction;

/// <summary>
/// One 0..1 input of a situation that an analyst could imagine changing (a state level, an adversary's
/// attribute, a partner's strength, a lifeline), with its analyst's label and a way to set it.
/// </summary>
/// <param name="Key">Path in the situation file, e.g. <c>state.adversaries.us.threat_credibility</c>.</param>
/// <param name="Label">Analyst's words, e.g. <c>US threat credibility</c>.</param>
/// <param name="Value">Current value.</param>
/// <param name="Apply">The situation with this input set to a value.</param>
public sealed record SituationInput(string Key, string Label, double Value, Func<Situation, double, Situation> Apply)
{
    /// <summary>Every such input of <paramref name="situation"/>, in file order.</summary>
    public static ImmutableArray<SituationInput> Of(Situation situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        var s = situation.State;
        var inputs = ImmutableArray.CreateBuilder<SituationInput>();
        inputs.Add(new("trigger.severity", "the blow's severity", situation.Trigger.Severity, (x, v) => x with { Trigger = x.Trigger with { Severity = v } }));
        inputs.Add(State("economy", "economic health", s.Economy, (w, v) => w with { Economy = v }));
        inputs.Add(State("sanctions", "sanctions", s.Sanctions, (w, v) => w with { Sanctions = v }));
        inputs.Add(State("unrest", "unrest", s.Unrest, (w, v) => w with { Unrest = v }));
        inputs.Add(State("legitimacy", "legitimacy", s.Legitimacy, (w, v) => w with { Legitimacy = v }));
        inputs.Add(State("deterrence_credibility", "own deterrence credibility", s.DeterrenceCredibility, (w, v) => w with { DeterrenceCredibility = v }));
        inputs.Add(State("nuclear_latency", "nuclear latency", s.NuclearLatency, (w, v) => w with { NuclearLatency = v }));
        inputs.Add(State("military_parity", "military parity", s.MilitaryParity, (w, v) => w with { MilitaryParity = v }));
        inputs.Add(State("hardliner_influence", "hardliner influence", s.HardlinerInfluence, (w, v) => w with { HardlinerInfluence = v }));
        for (int i = 0; i < s.Adversaries.Length; i++)
        {
            int index = i;
            var a = s.Adversaries[i];
            string name = ActorLabel(a.Id);
            Situation SetAdversary(Situation x, Func<Adversary, Adversary> change) =>
                x with { State = x.State with { Adversaries = x.State.Adversaries.SetItem(index, change(x.State.Adversaries[index])) } };
            inputs.Add(new($"state.adversaries.{a.Id}.resolve", $"{name} resolve", a.Resolve, (x, v) => SetAdversary(x, y => y with { Resolve = v })));
            inputs.Add(new($"state.adversaries.{a.Id}.threat_credibility", $"{name} threat credibility", a.ThreatCredibility, (x, v) => SetAdversary(x, y => y with { ThreatCredibility = v })));
            inputs.Add(new($"state.adversaries.{a.Id}.engagement", $"{name} engagement", a.Engagement, (x, v) => SetAdversary(x, y => y with { Engagement = v })));
            inputs.Add(new($"state.adversaries.{a.Id}.hostility_rhetoric", $"{name} hostile rhetoric", a.HostilityRhetoric, (x, v) => SetAdversary(x, y => y with { HostilityRhetoric = v })));
        }

        for (int i = 0; i < s.Proxies.Length; i++)
        {
            int index = i;
            var p = s.Proxies[i];
            inputs.Add(new($"state.proxies.{p.Name}", $"{ActorLabel(p.Name)} strength", p.Strength,
                (x, v) => x with { State = x.State with { Proxies = x.State.Proxies.SetItem(index, x.State.Proxies[index] with { Strength = v }) } }));
        }

        for (int i = 0; i < s.ThirdParties.Length; i++)
        {
            int index = i;
            var t = s.ThirdParties[i];
            inputs.Add(new($"state.third_parties.{t.Id}.economic_lifeline", $"{ActorLabel(t.Id)} economic lifeline", t.EconomicLifeline,
                (x, v) => x with { State = x.State with { ThirdParties = x.State.ThirdParties.SetItem(index, x.State.ThirdParties[index] with { EconomicLifeline = v }) } }));
        }

        return inputs.ToImmutable();
    }

    /// <summary>An actor id in analyst's words: short ids upper-cased (<c>us</c> → US), others capitalised with spaces.</summary>
    public static string ActorLabel(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length <= 3)
        {
            return id.ToUpperInvariant();
        }

        string spaced = id.Replace('_', ' ').Replace('-', ' ');
        return char.ToUpper(spaced[0], CultureInfo.InvariantCulture) + spaced[1..];
    }

    private static SituationInput State(string key, string label, double value, Func<WorldState, double, WorldState> set) =>
        new("state." + key, label, value, (x, v) => x with { State = set(x.State, v) });
}
