using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// Applies every mechanism, in a fixed order, to a fresh <see cref="EffectTable"/> seeded with the pack's
/// intrinsic response effects. The order does not matter (each adds), but it is fixed for reproducibility.
/// </summary>
public static class MechanismPipeline
{
    /// <summary>Each response's own effect on each objective in this decision point.</summary>
    public static EffectTable Effects(DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var table = new EffectTable(context.Pack);
        DeterrenceCredibility.Apply(context, table);
        ProxyNetwork.Apply(context, table);
        DomesticPolitics.Apply(context, table);
        BreakingPoint.Apply(context, table);
        ThirdPartiesAndTiming.Apply(context, table);
        NuclearLeverage.Apply(context, table);
        SelfDefense.Apply(context, table);
        return table;
    }

    /// <summary>The ladder, for callers that iterate responses.</summary>
    public static IReadOnlyList<ResponseCategory> Responses => ResponseCategories.All;
}
