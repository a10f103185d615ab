using Brink.Model.Situations;

namespace Brink.Model.Dynamics;

/// <summary>The situation contract's names of the trigger kinds (<c>strike_on_territory</c>, ...), and back.</summary>
public static class TriggerKindNames
{
    /// <summary>The contract name of a kind.</summary>
    public static string Name(TriggerKind kind) => kind switch
    {
        TriggerKind.StrikeOnTerritory => "strike_on_territory",
        TriggerKind.StrikeOnNuclear => "strike_on_nuclear",
        TriggerKind.Decapitation => "decapitation",
        TriggerKind.StrikeOnProxy => "strike_on_proxy",
        TriggerKind.ProxyCollapse => "proxy_collapse",
        TriggerKind.Sabotage => "sabotage",
        TriggerKind.Sanctions => "sanctions",
        TriggerKind.Seizure => "seizure",
        TriggerKind.MilitaryBuildup => "military_buildup",
        TriggerKind.DiplomaticOffer => "diplomatic_offer",
        TriggerKind.Ultimatum => "ultimatum",
        TriggerKind.CeasefireOffer => "ceasefire_offer",
        TriggerKind.DomesticProtest => "domestic_protest",
        TriggerKind.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a trigger kind."),
    };

    /// <summary>Parses a contract name; false when it is not one of the fourteen.</summary>
    public static bool TryParse(string? name, out TriggerKind kind)
    {
        foreach (var candidate in Enum.GetValues<TriggerKind>())
        {
            if (Name(candidate) == name)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
