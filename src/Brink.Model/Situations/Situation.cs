using System.Collections.Immutable;

namespace Brink.Model.Situations;

/// <summary>
/// One decision point as the situation contract (docs/situations.md) defines it. <see cref="Outcome"/> is
/// known history and is never read by prediction.
/// </summary>
/// <param name="Id">Unique id, <c>[a-z0-9-]+</c>.</param>
/// <param name="Date">ISO date of the decision point.</param>
/// <param name="Title">Human title.</param>
/// <param name="Focal">The actor whose response is predicted.</param>
/// <param name="Trigger">What the decision responds to.</param>
/// <param name="State">The world at that moment.</param>
/// <param name="Outcome">What happened, for cases; null for situations.</param>
/// <param name="SourcePath">The file it was read from, for messages; empty when built in code.</param>
public sealed record Situation(
    string Id,
    DateOnly Date,
    string Title,
    string Focal,
    Trigger Trigger,
    WorldState State,
    CaseOutcome? Outcome,
    string SourcePath = "");

/// <summary>The triggering event.</summary>
/// <param name="By">Initiator's actor id, or <c>domestic</c>.</param>
/// <param name="Kind">Trigger kind.</param>
/// <param name="Severity">0..1, how grave the blow is to the focal actor.</param>
/// <param name="Overt">Openly done or attributed to the initiator.</param>
/// <param name="OnSoil">On the focal actor's own territory.</param>
/// <param name="Casualties">Focal-side deaths, when given.</param>
public sealed record Trigger(string By, TriggerKind Kind, double Severity, bool Overt, bool OnSoil, int? Casualties);

/// <summary>The state block; every number is on 0..1 unless said otherwise.</summary>
/// <param name="Economy">Economic health (1 = strong).</param>
/// <param name="Sanctions">Severity of sanctions in force.</param>
/// <param name="Unrest">Domestic discontent.</param>
/// <param name="Legitimacy">Regime legitimacy and cohesion.</param>
/// <param name="DeterrenceCredibility">How credible the focal actor's threats are seen to be.</param>
/// <param name="NuclearLatency">Nuclear leverage.</param>
/// <param name="MilitaryParity">Focal conventional strength relative to the initiator.</param>
/// <param name="Proxies">Partner strengths by name, in file order.</param>
/// <param name="Adversaries">Adversaries by actor id, in file order.</param>
/// <param name="ThirdParties">Third parties by actor id, in file order.</param>
/// <param name="MediatorAvailable">A trusted channel exists.</param>
/// <param name="HardlinerInfluence">Weight of the hard-line camp; the contract's default is 0.5.</param>
/// <param name="OwnElectionMonths">Months to the focal state's own next election, when given.</param>
/// <param name="WarOngoing">An open interstate war is already under way.</param>
public sealed record WorldState(
    double Economy,
    double Sanctions,
    double Unrest,
    double Legitimacy,
    double DeterrenceCredibility,
    double NuclearLatency,
    double MilitaryParity,
    ImmutableArray<Proxy> Proxies,
    ImmutableArray<Adversary> Adversaries,
    ImmutableArray<ThirdParty> ThirdParties,
    bool MediatorAvailable,
    double HardlinerInfluence,
    int? OwnElectionMonths,
    bool WarOngoing);

/// <summary>A partner in the proxy network.</summary>
/// <param name="Name">Partner id (open: any name).</param>
/// <param name="Strength">0..1.</param>
public sealed record Proxy(string Name, double Strength);

/// <summary>An adversary's posture.</summary>
/// <param name="Id">Actor id (open: any id).</param>
/// <param name="Resolve">Willingness to escalate further.</param>
/// <param name="ThreatCredibility">How credible its military threat is to the focal actor.</param>
/// <param name="Engagement">Offers of relief or talks on the table.</param>
/// <param name="HostilityRhetoric">Humiliating, regime-change rhetoric.</param>
/// <param name="ElectionMonths">Months to its next leadership election, when given.</param>
public sealed record Adversary(
    string Id,
    double Resolve,
    double ThreatCredibility,
    double Engagement,
    double HostilityRhetoric,
    int? ElectionMonths);

/// <summary>A third party.</summary>
/// <param name="Id">Actor id.</param>
/// <param name="EconomicLifeline">Value of economic ties still on offer.</param>
public sealed record ThirdParty(string Id, double EconomicLifeline);

/// <summary>What really happened (cases only).</summary>
/// <param name="Primary">The first substantial response.</param>
/// <param name="Also">Other categories in the same episode.</param>
/// <param name="WithinDays">Delay from trigger to response, when given.</param>
/// <param name="Description">One factual sentence.</param>
/// <param name="Source">Kind of public source.</param>
public sealed record CaseOutcome(
    ResponseCategory Primary,
    ImmutableArray<ResponseCategory> Also,
    int? WithinDays,
    string Description,
    string Source);
