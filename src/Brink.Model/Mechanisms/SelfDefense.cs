using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// Self-defence under attack on the homeland (seed 4: Khomeini "welcomed the Iran-Iraq War at first ... we will
/// stand until the end"). An overt attack on the focal state's soil puts survival at stake unless resisted:
/// survival_r += self_defense_gain · on_soil_blow · (intensity_r − ½). When a war is already under way, the
/// share war.ongoing_discount of major escalation's intrinsic survival and economy costs is sunk and removed.
/// </summary>
public static class SelfDefense
{
    /// <summary>Adds the survival value of resisting.</summary>
    public static void Apply(DecisionContext context, EffectTable table)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(table);
        foreach (var r in ResponseCategories.All)
        {
            table.Add(r, Objective.Survival, context[ParameterCatalog.SelfDefenseGain] * context.Blow.OnSoil * (context.Profile(r).Intensity - 0.5));
        }

        if (context.Situation.State.WarOngoing)
        {
            double sunk = context[ParameterCatalog.WarOngoingDiscount];
            foreach (var objective in new[] { Objective.Survival, Objective.Economy })
            {
                table.Add(ResponseCategory.Major, objective, -sunk * Math.Min(0, context.Pack.Effect(ResponseCategory.Major, objective)));
            }
        }
    }
}
