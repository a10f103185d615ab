using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// Reads a trigger as blows by domain (seed 2: "his notions of proportionality" — a blow is answered in kind).
/// Unclaimed acts (<c>overt: false</c>) move a military blow into the covert domain, so a covert killing is
/// answered like sabotage. Coercive triggers are those whose author expects compliance.
/// </summary>
public static class TriggerDomains
{
    /// <summary>The blow profile of a trigger.</summary>
    public static BlowProfile Of(Trigger trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        double s = trigger.Severity;
        double military = 0, covert = 0, economic = 0, proxy = 0, domestic = 0, offer = 0, coercion = 0;
        switch (trigger.Kind)
        {
            case TriggerKind.StrikeOnTerritory or TriggerKind.StrikeOnNuclear or TriggerKind.Decapitation:
                military = s;
                break;
            case TriggerKind.StrikeOnProxy:
                military = 0.5 * s;
                proxy = 0.5 * s;
                break;
            case TriggerKind.ProxyCollapse:
                proxy = s;
                break;
            case TriggerKind.Sabotage:
                covert = s;
                break;
            case TriggerKind.Sanctions:
                economic = s;
                coercion = 1;
                break;
            case TriggerKind.Seizure:
                military = 0.7 * s;
                economic = 0.3 * s;
                break;
            case TriggerKind.MilitaryBuildup:
                military = 0.5 * s;
                coercion = 1;
                break;
            case TriggerKind.Ultimatum:
                economic = 0.5 * s;
                military = 0.5 * s;
                coercion = 1;
                break;
            case TriggerKind.DiplomaticOffer or TriggerKind.CeasefireOffer:
                offer = 1;
                break;
            case TriggerKind.DomesticProtest:
                domestic = s;
                break;
            case TriggerKind.None:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(trigger), trigger.Kind, "Not a trigger kind.");
        }

        if (!trigger.Overt)
        {
            covert += military;
            military = 0;
        }

        double onSoil = trigger.OnSoil && trigger.Overt ? military : 0;
        return new BlowProfile(military, covert, economic, proxy, domestic, offer, coercion, onSoil);
    }
}
