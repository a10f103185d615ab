using Brink.Games.Profiles;
using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// Self-defence under attack on the homeland (seed 4: Khomeini "welcomed the Iran-Iraq War at first ... we will
/// stand until the end"; seed 3: "inaction could be equally dangerous, signaling weakness and inviting further
/// escalation"). An overt attack on the focal state's soil puts survival at stake unless answered. What counts as
/// an answer depends on strength: a state near parity can resist by force, so the size of the answer counts; a far
/// weaker one answers to show it will not be struck for free, so covering the blow counts (seed 4: Iran "cannot
/// afford ... a direct, conventional armed confrontation"). With π = military_parity and h(x_r) the response's
/// coverage of the blow (<see cref="DeterrenceCredibility.Coverage"/>):
/// survival_r += self_defense_gain · on_soil_blow · ((1 − π) · (h(x_r) − ½) + π · (intensity_r − ½)).
/// When a war is already under way, the share war.ongoing_discount of major escalation's intrinsic survival and
/// economy costs is sunk and removed.
/// </summary>
public static class SelfDefense
{
    /// <summary>Adds the survival value of resisting.</summary>
    public static void Apply(DecisionContext context, EffectTable table)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(table);
        double parity = context.Situation.State.MilitaryParity;
        foreach (var r in ResponseCategories.All)
        {
            double resistance = ((1 - parity) * (DeterrenceCredibility.Coverage(context, r) - 0.5)) + (parity * (context.Profile(r).Intensity - 0.5));
            table.Add(r, Objective.Survival, context[ParameterCatalog.SelfDefenseGain] * context.Blow.OnSoil * resistance);
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
