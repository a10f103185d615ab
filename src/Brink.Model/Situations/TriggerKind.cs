namespace Brink.Model.Situations;

/// <summary>What the decision responds to (the contract's trigger kinds).</summary>
public enum TriggerKind
{
    /// <summary><c>strike_on_territory</c>: overt military strike on the focal state's soil.</summary>
    StrikeOnTerritory,

    /// <summary><c>strike_on_nuclear</c>: strike on nuclear facilities.</summary>
    StrikeOnNuclear,

    /// <summary><c>decapitation</c>: killing of senior commanders, scientists or leaders.</summary>
    Decapitation,

    /// <summary><c>strike_on_proxy</c>: military blow against a partner in the proxy network.</summary>
    StrikeOnProxy,

    /// <summary><c>proxy_collapse</c>: a partner falls or is defeated.</summary>
    ProxyCollapse,

    /// <summary><c>sabotage</c>: covert attack, cyber attack, assassination without overt claim.</summary>
    Sabotage,

    /// <summary><c>sanctions</c>: new or tighter economic pressure.</summary>
    Sanctions,

    /// <summary><c>seizure</c>: seizure of the focal state's ships, assets or personnel.</summary>
    Seizure,

    /// <summary><c>military_buildup</c>: deployments, carrier groups, explicit threats.</summary>
    MilitaryBuildup,

    /// <summary><c>diplomatic_offer</c>: an offer of talks, relief or a deal.</summary>
    DiplomaticOffer,

    /// <summary><c>ultimatum</c>: deadline with stated consequences.</summary>
    Ultimatum,

    /// <summary><c>ceasefire_offer</c>: offer to end ongoing hostilities.</summary>
    CeasefireOffer,

    /// <summary><c>domestic_protest</c>: mass protest or unrest inside the focal state.</summary>
    DomesticProtest,

    /// <summary><c>none</c>: no trigger, the routine choice of posture.</summary>
    None,
}
