using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// Applies every mechanism, in a fixed order, to a fresh <see cref="EffectTable"/> seeded with the pack's
/// intrinsic response effects. The order does not matter (each adds), but it is fixed for reproducibility. A mechanism the
/// pack switches off (<see cref="ModelPack.Without"/>) is skipped.
/// </summary>
public static class MechanismPipeline
{
    /// <summary>Each response's own effect on each objective in this decision point.</summary>
    public static EffectTable Effects(DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var table = new EffectTable(context.Pack);
        var pack = context.Pack;
        if (pack.IsOn(Mechanism.DeterrenceCredibility))
        {
            DeterrenceCredibility.Apply(context, table);
        }

        if (pack.IsOn(Mechanism.ProxyNetwork))
        {
            ProxyNetwork.Apply(context, table);
        }

        if (pack.IsOn(Mechanism.DomesticPolitics))
        {
            DomesticPolitics.Apply(context, table);
        }

        if (pack.IsOn(Mechanism.BreakingPoint))
        {
            BreakingPoint.Apply(context, table);
        }

        if (pack.IsOn(Mechanism.ThirdPartiesAndTiming))
        {
            ThirdPartiesAndTiming.Apply(context, table);
        }

        if (pack.IsOn(Mechanism.NuclearLeverage))
        {
            NuclearLeverage.Apply(context, table);
        }

        if (pack.IsOn(Mechanism.SelfDefense))
        {
            SelfDefense.Apply(context, table);
        }

        if (pack.IsOn(Mechanism.SurvivalAtStake))
        {
            SurvivalAtStake.Apply(context, table);
        }

        if (pack.IsOn(Mechanism.Bystanders))
        {
            Bystanders.Apply(context, table);
        }

        return table;
    }

    /// <summary>The ladder, for callers that iterate responses.</summary>
    public static IReadOnlyList<ResponseCategory> Responses => ResponseCategories.All;
}
