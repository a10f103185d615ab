using System.Collections.Immutable;
using Brink.Model.Situations;

namespace Brink.Model.Tests.Dynamics;

/// <summary>Hand-built situations for dynamics tests (open ids: nothing depends on the names).</summary>
internal static class Scenarios
{
    /// <summary>Roughly the January 2020 decision point: a grave overt blow under heavy sanctions.</summary>
    public static Situation Pressure(double sanctions = 0.9, double unrest = 0.6) => new(
        "test-pressure",
        new DateOnly(2020, 1, 3),
        "Test pressure",
        "focal",
        new Trigger("rival", TriggerKind.Decapitation, 0.9, true, false, 10),
        new WorldState(
            Economy: 0.3,
            Sanctions: sanctions,
            Unrest: unrest,
            Legitimacy: 0.5,
            DeterrenceCredibility: 0.6,
            NuclearLatency: 0.5,
            MilitaryParity: 0.2,
            Proxies: [new("alpha", 0.9), new("beta", 0.6), new("gamma", 0.8), new("delta", 0.7)],
            Adversaries: [new("rival", 0.8, 0.8, 0.1, 0.9, 10), new("neighbour", 0.7, 0.7, 0, 0, null)],
            ThirdParties: [new("bloc", 0.3)],
            MediatorAvailable: true,
            HardlinerInfluence: 0.7,
            OwnElectionMonths: 18,
            WarOngoing: false),
        null);

    public static Situation WithoutProxies() =>
        Pressure() with { State = Pressure().State with { Proxies = ImmutableArray<Proxy>.Empty } };
}
