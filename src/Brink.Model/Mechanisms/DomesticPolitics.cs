using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// Domestic politics (seed 1: "domestic discontent can intensify"; seed 3: "with national internet access cut
/// off to suppress unrest"). Pain = sanctions · (1 − economy); street pressure S = protest blow + pain_unrest ·
/// pain · unrest, times (1.5 − legitimacy): a regime that has lost its legitimacy cannot ride a protest out, so the
/// same street counts for more (seed 3: "a misstep could deepen domestic unrest and expose the regime's
/// vulnerability"). A crackdown buys calm at a legitimacy cost: survival += calm_gain · S,
/// legitimacy −= legitimacy_cost. (The hardliner shift of face against economy is in <see cref="LeaderUtility"/>.)
/// </summary>
public static class DomesticPolitics
{
    /// <summary>Economic pain from sanctions on a weak economy.</summary>
    public static double EconomicPain(WorldState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Sanctions * (1 - state.Economy);
    }

    /// <summary>Street pressure S.</summary>
    public static double StreetPressure(DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = context.Situation.State;
        return (context.Blow.Domestic + (context[ParameterCatalog.PainUnrest] * context.Pain * state.Unrest)) * (1.5 - state.Legitimacy);
    }

    /// <summary>Adds the crackdown's calm and cost.</summary>
    public static void Apply(DecisionContext context, EffectTable table)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(table);
        table.Add(ResponseCategory.Crackdown, Objective.Survival, context[ParameterCatalog.CalmGain] * StreetPressure(context));
        table.Add(ResponseCategory.Crackdown, Objective.Legitimacy, -context[ParameterCatalog.CrackdownLegitimacyCost]);
    }
}
