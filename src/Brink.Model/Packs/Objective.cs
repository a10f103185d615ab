namespace Brink.Model.Packs;

/// <summary>What the leader cares about (seed essays: survival first, then influence, legitimacy, economy, face).</summary>
public enum Objective
{
    /// <summary>Regime survival; reference-dependent and loss-averse.</summary>
    Survival,

    /// <summary>Regional influence and the proxy network's standing.</summary>
    Influence,

    /// <summary>Domestic legitimacy and cohesion.</summary>
    Legitimacy,

    /// <summary>The economy.</summary>
    Economy,

    /// <summary>Ideology and face: resistance, not being seen to yield.</summary>
    Face,
}
