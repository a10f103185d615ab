using Brink.Model.Situations;
using Brink.Model.Tests.Mechanisms;
using static Brink.Model.Situations.ResponseCategory;

namespace Brink.Model.Tests.Contract;

/// <summary>
/// Every input of the situation contract either moves the prediction in the direction docs/situations.md states
/// (by at least 0.01 between the two probe values) or is documented there as recorded and not used, which is then
/// checked too. Probes are made-up situations; the direction is what the docs promise, the size is left to the fit.
/// </summary>
public sealed class ContractFieldTests
{
    private static readonly Situation Strike = Scenarios.Baseline(TriggerKind.Decapitation, 0.7);
    private static readonly Situation Pressure = Scenarios.Baseline(TriggerKind.Ultimatum, 0.6)
        .WithState(w => w with { Sanctions = 0.9, Economy = 0.15, Unrest = 0.6, Legitimacy = 0.35, MediatorAvailable = true })
        .WithRival(a => a with { Resolve = 0.85, ThreatCredibility = 0.85, Engagement = 0.5, HostilityRhetoric = 0.3 });
    private static readonly Situation Protest = Scenarios.Baseline(TriggerKind.DomesticProtest, 0.5) with
    {
        Trigger = new Trigger("domestic", TriggerKind.DomesticProtest, 0.5, true, true, null),
    };

    private static readonly (string Field, Situation Low, Situation High, ResponseCategory[] Watched, int Direction)[] Rows =
    [
        ("trigger.severity", Strike with { Trigger = Strike.Trigger with { Severity = 0.3 } }, Strike with { Trigger = Strike.Trigger with { Severity = 0.9 } }, [Concede, Restrain], -1),
        ("trigger.overt", Strike with { Trigger = Strike.Trigger with { Overt = false } }, Strike, [LimitedOvert, Major], +1),
        ("trigger.on_soil", Strike, Strike with { Trigger = Strike.Trigger with { OnSoil = true } }, [LimitedOvert, Major], +1),
        ("state.economy", Pressure.WithState(w => w with { Economy = 0.1 }), Pressure.WithState(w => w with { Economy = 0.6 }), [Concede], -1),
        ("state.sanctions", Pressure.WithState(w => w with { Sanctions = 0.3 }), Pressure, [Concede], +1),
        ("state.unrest", Protest.WithState(w => w with { Unrest = 0.1 }), Protest.WithState(w => w with { Unrest = 0.9 }), [Crackdown], +1),
        ("state.legitimacy", Protest.WithState(w => w with { Legitimacy = 0.2 }), Protest.WithState(w => w with { Legitimacy = 0.8 }), [Crackdown], -1),
        ("state.deterrence_credibility", Strike.WithState(w => w with { DeterrenceCredibility = 0.1 }), Strike.WithState(w => w with { DeterrenceCredibility = 0.9 }), [LimitedOvert, Major], -1),
        ("state.nuclear_latency", Scenarios.Baseline(TriggerKind.Sanctions, 0.6).WithState(w => w with { NuclearLatency = 0.05 }), Scenarios.Baseline(TriggerKind.Sanctions, 0.6).WithState(w => w with { NuclearLatency = 0.9 }), [Nuclear], +1),
        ("state.military_parity", Strike.WithState(w => w with { MilitaryParity = 0.05 }), Strike.WithState(w => w with { MilitaryParity = 0.9 }), [Major], +1),
        ("state.proxies", Strike.WithProxies(0.1, 0.1, 0.1), Strike.WithProxies(0.9, 0.9, 0.9), [Deniable], +1),
        ("state.adversaries.*.resolve", Strike.WithRival(a => a with { Resolve = 0.1 }), Strike.WithRival(a => a with { Resolve = 0.9 }), [LimitedOvert, Major], -1),
        ("state.adversaries.*.threat_credibility", Pressure.WithRival(a => a with { ThreatCredibility = 0.3 }), Pressure, [Concede], +1),
        ("state.adversaries.*.engagement", Pressure.WithRival(a => a with { Engagement = 0 }), Pressure.WithRival(a => a with { Engagement = 0.9 }), [Concede], +1),
        ("state.adversaries.*.hostility_rhetoric", Pressure.WithRival(a => a with { HostilityRhetoric = 0.1 }), Pressure.WithRival(a => a with { HostilityRhetoric = 0.9 }), [Concede], -1),
        ("state.adversaries.*.election_months", Scenarios.Baseline(TriggerKind.Sanctions, 0.5).WithRival(a => a with { ElectionMonths = 40 }), Scenarios.Baseline(TriggerKind.Sanctions, 0.5).WithRival(a => a with { ElectionMonths = 2 }), [Restrain], +1),
        ("state.adversaries (a second one)", Strike, Strike.WithState(w => w with { Adversaries = w.Adversaries.Add(new Adversary("other", 0.9, 0.9, 0, 0.3, null)) }), [Major], -1),
        ("state.third_parties.*.economic_lifeline", Strike.WithState(w => w with { ThirdParties = [new ThirdParty("t", 0)] }), Strike.WithState(w => w with { ThirdParties = [new ThirdParty("t", 0.9)] }), [LimitedOvert, Major], -1),
        ("state.mediator_available", Pressure.WithState(w => w with { MediatorAvailable = false }), Pressure, [Concede], +1),
        ("state.hardliner_influence", Pressure.WithState(w => w with { HardlinerInfluence = 0.1 }), Pressure.WithState(w => w with { HardlinerInfluence = 0.9 }), [Concede], -1),
        ("state.own_election_months", Scenarios.Baseline(TriggerKind.Sanctions, 0.5).WithState(w => w with { OwnElectionMonths = 40 }), Scenarios.Baseline(TriggerKind.Sanctions, 0.5).WithState(w => w with { OwnElectionMonths = 2 }), [Restrain], +1),
        ("state.war_ongoing", Strike, Strike.WithState(w => w with { WarOngoing = true }), [Major], +1),
    ];

    public static TheoryData<string> Fields => [.. Rows.Select(r => r.Field)];

    [Theory]
    [MemberData(nameof(Fields))]
    public void Field_MovesThePredictionInTheDocumentedDirection(string field)
    {
        var row = Rows.Single(r => r.Field == field);
        double low = Scenarios.P(row.Low, row.Watched), high = Scenarios.P(row.High, row.Watched);
        Assert.True(row.Direction * (high - low) >= 0.01, $"{field}: {string.Join('+', row.Watched)} {low:F3} -> {high:F3}, expected {(row.Direction > 0 ? "up" : "down")}");
    }

    [Fact]
    public void Casualties_AreRecordedAndNotUsed()
    {
        // docs/situations.md: severity already carries the blow's gravity as the analyst judges it.
        var counted = Strike with { Trigger = Strike.Trigger with { Casualties = 500 } };
        Assert.Equal(Scenarios.Predict(Strike).Probabilities, Scenarios.Predict(counted).Probabilities);
    }

    [Fact]
    public void DocumentedFields_AreTheContractsInputs()
    {
        string docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "situations.md"));
        foreach (var (field, _, _, _, _) in Rows)
        {
            Assert.Contains("`" + field.Split(' ')[0] + "`", docs, StringComparison.Ordinal);
        }

        Assert.Contains("`trigger.casualties`", docs, StringComparison.Ordinal);
    }
}
