using Brink.Games.Profiles;
using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// Third parties and timing (seed 2: "a military escalation could pull Europe away at a critical moment for the
/// Iranian economy"; seed 4: "his ideal scenario is for both countries to have different presidents in place").
/// Lifeline L = largest economic_lifeline; escalation puts it at risk in proportion to intensity:
/// economy_r −= lifeline_value · L · intensity_r. Waiting is worth more near an election: restrain economy +=
/// election_wait · (near_adversary + ½ · near_own), near = max(0, (H − months) / H), H = horizon_months.
/// </summary>
public static class ThirdPartiesAndTiming
{
    /// <summary>The largest lifeline any third party offers.</summary>
    public static double Lifeline(WorldState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.ThirdParties.IsDefaultOrEmpty)
        {
            return 0;
        }

        // A loop, not Max(selector): every solve asks, and lifelines are finite (validated), so no NaN rule is needed.
        double largest = state.ThirdParties[0].EconomicLifeline;
        foreach (var party in state.ThirdParties)
        {
            largest = Math.Max(largest, party.EconomicLifeline);
        }

        return largest;
    }

    /// <summary>0..1 nearness of an election <paramref name="months"/> away (0 when none is scheduled).</summary>
    public static double Nearness(int? months, double horizon) =>
        months is { } m ? Math.Max(0, (horizon - m) / horizon) : 0;

    /// <summary>Adds the lifeline's loss and the value of waiting.</summary>
    public static void Apply(DecisionContext context, EffectTable table)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(table);
        foreach (var r in ResponseCategories.All)
        {
                        table.Add(r, Objective.Economy, -context[ParameterCatalog.LifelineValue] * context.Lifeline * context.Profile(r).Intensity);
        }

        table.Add(ResponseCategory.Restrain, Objective.Economy,
            context[ParameterCatalog.ElectionWait] * (context.AdversaryElectionNearness + (0.5 * context.OwnElectionNearness)));
    }
}
