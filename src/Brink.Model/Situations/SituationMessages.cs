namespace Brink.Model.Situations;

/// <summary>
/// The "expected ..." halves of situation-file errors that are specific to the contract. Generic ones (unknown
/// key, number out of 0..1, wrong type, duplicate key) are in <see cref="Yaml.YamlMessages"/>.
/// </summary>
public static class SituationMessages
{
    /// <summary>An id that is not <c>[a-z0-9-]+</c>.</summary>
    public const string Id = "an id matching [a-z0-9-]+";

    /// <summary>A date that is not ISO <c>yyyy-mm-dd</c>.</summary>
    public const string Date = "an ISO date yyyy-mm-dd";

    /// <summary>An unknown trigger kind.</summary>
    public const string TriggerKind = "a trigger kind (strike_on_territory, strike_on_nuclear, decapitation, strike_on_proxy, proxy_collapse, sabotage, sanctions, seizure, military_buildup, diplomatic_offer, ultimatum, ceasefire_offer, domestic_protest, none)";

    /// <summary>An unknown response category.</summary>
    public const string Category = "a response category (concede, restrain, crackdown, nuclear, deniable, limited_overt, major)";

    /// <summary>A group of actors longer than <see cref="SituationLimits.MaxActorsPerGroup"/>.</summary>
    public const string WithinActors = "at most 32 actors in this group (docs/limits.md)";

    /// <summary>An actor id that is empty.</summary>
    public const string ActorId = "a non-empty actor id";

    /// <summary>The trigger's initiator.</summary>
    public const string Initiator = "'domestic' or an actor listed under state.adversaries";
}
