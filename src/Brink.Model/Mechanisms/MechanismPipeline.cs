using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// Applies every mechanism, in a fixed order, to a fresh <see cref="EffectTable"/> seeded with the pack's
/// intrinsic response effects. The order does not matter (each adds), but it is fixed for reproducibility. A mechanism the
/// pack switches off (<c>ModelPack.Without</c>) is skipped.
/// </summary>
public static class MechanismPipeline
{
    /// <summary>The components that add to the effect table, in their fixed order, each with its switch.</summary>
    private static readonly (Mechanism Mechanism, Action<DecisionContext, EffectTable> Apply)[] Steps =
    [
        (Mechanism.DeterrenceCredibility, DeterrenceCredibility.Apply),
        (Mechanism.ProxyNetwork, ProxyNetwork.Apply),
        (Mechanism.DomesticPolitics, DomesticPolitics.Apply),
        (Mechanism.BreakingPoint, BreakingPoint.Apply),
        (Mechanism.ThirdPartiesAndTiming, ThirdPartiesAndTiming.Apply),
        (Mechanism.NuclearLeverage, NuclearLeverage.Apply),
        (Mechanism.SelfDefense, SelfDefense.Apply),
        (Mechanism.SurvivalAtStake, SurvivalAtStake.Apply),
        (Mechanism.Bystanders, Bystanders.Apply),
    ];

    /// <summary>Each response's own effect on each objective in this decision point.</summary>
    public static EffectTable Effects(DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var table = new EffectTable(context.Pack);
        foreach (var (mechanism, apply) in Steps)
        {
            if (context.Pack.IsOn(mechanism))
            {
                apply(context, table);
            }
        }

        return table;
    }

    /// <summary>The ladder, for callers that iterate responses.</summary>
    public static IReadOnlyList<ResponseCategory> Responses => ResponseCategories.All;
}
