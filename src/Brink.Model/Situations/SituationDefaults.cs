namespace Brink.Model.Situations;

/// <summary>
/// The documented values used where a situation file omits an optional field. A 0..1 state quantity that is
/// omitted is taken as the neutral middle (0.5); an adversary that offers nothing has engagement 0.
/// </summary>
public static class SituationDefaults
{
    /// <summary>Weight of the hard-line camp when <c>hardliner_influence</c> is omitted (the contract's 0.5).</summary>
    public const double HardlinerInfluence = 0.5;

    /// <summary>Any omitted 0..1 state number (economy, sanctions, unrest, ...).</summary>
    public const double StateLevel = 0.5;

    /// <summary>Omitted <c>trigger.severity</c>.</summary>
    public const double Severity = 0.5;

    /// <summary>Omitted <c>trigger.overt</c>.</summary>
    public const bool Overt = true;

    /// <summary>Omitted <c>trigger.on_soil</c>.</summary>
    public const bool OnSoil = false;

    /// <summary>Omitted adversary <c>resolve</c>.</summary>
    public const double Resolve = 0.5;

    /// <summary>Omitted adversary <c>threat_credibility</c>.</summary>
    public const double ThreatCredibility = 0.5;

    /// <summary>Omitted adversary <c>engagement</c>.</summary>
    public const double Engagement = 0.0;

    /// <summary>Omitted adversary <c>hostility_rhetoric</c>.</summary>
    public const double HostilityRhetoric = 0.5;

    /// <summary>Omitted third-party <c>economic_lifeline</c>.</summary>
    public const double EconomicLifeline = 0.0;

    /// <summary>Omitted <c>mediator_available</c>.</summary>
    public const bool MediatorAvailable = false;

    /// <summary>Omitted <c>war_ongoing</c>.</summary>
    public const bool WarOngoing = false;
}
