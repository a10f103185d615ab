namespace Brink.Analysis.Simulation;

/// <summary>
/// How a trajectory has ended by a given step; absorbing, so the first one reached stays. Within one step war
/// takes precedence over a regime crisis, and a regime crisis over a deal.
/// </summary>
public enum CrisisOutcome
{
    /// <summary>None of the others yet.</summary>
    Stalemate,

    /// <summary>Open war: a major move (as the adversary read it) answered by escalation.</summary>
    War,

    /// <summary>A deal: a concession the adversary accepted by backing down.</summary>
    Deal,

    /// <summary>Legitimacy fell below the pack's regime-crisis threshold.</summary>
    RegimeCrisis,
}
