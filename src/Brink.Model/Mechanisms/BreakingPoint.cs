using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// The breaking point (seed 4: "every resistance has a breaking point" — Khomeini's "hemlock", Khamenei's
/// "heroic flexibility" — "if Khamenei deems the US military threat to be credible and unaffordably costly ...
/// at a time when the economic hardship ... is no longer bearable"; face-saving: respectful tone and mediators).
/// Existential pressure X = gravest threat (resolve × threat credibility) × min(1, pain + ½·unrest·(1 −
/// legitimacy) + ½·war_ongoing·(1 − military_parity)). Threshold τ' = τ + face_saving.hostility · (hostility −
/// ½) − face_saving.mediator · mediator − face_saving.engagement · engagement. Conceding:
/// survival += relief · σ(β·(X − τ')) · channel · (1 − aim)^γ (the aim of the adversary conceded to, see
/// <see cref="SurvivalAtStake"/>), channel = max(coercion, offer, engagement, war_ongoing); economy += relief.value · engagement · (½ + ½·offer);
/// face −= concession_cost · (¼ + hostility) · (1 − 0.3·mediator).
/// </summary>
public static class BreakingPoint
{
    /// <summary>Existential pressure X.</summary>
    public static double Pressure(Situation situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        var s = situation.State;
        double burden = DomesticPolitics.EconomicPain(s) + (0.5 * s.Unrest * (1 - s.Legitimacy))
            + (s.WarOngoing ? 0.5 * (1 - s.MilitaryParity) : 0);
        return AnsweringAdversary.GravestThreat(situation) * Math.Min(1, burden);
    }

    /// <summary>The face-adjusted threshold τ'.</summary>
    public static double Threshold(DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var a = context.Adversary;
        return context[ParameterCatalog.BreakingThreshold]
            + (context[ParameterCatalog.FaceSavingHostility] * (a.HostilityRhetoric - 0.5))
            - (context.Situation.State.MediatorAvailable ? context[ParameterCatalog.FaceSavingMediator] : 0)
            - (context[ParameterCatalog.FaceSavingEngagement] * a.Engagement);
    }

    /// <summary>σ(β·(X − τ')): how far past the breaking point the leader is.</summary>
    public static double Broken(DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        double z = context[ParameterCatalog.BreakingSteepness] * (Pressure(context.Situation) - Threshold(context));
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>
    /// Whether there is anything to concede to: a demand (coercion), an offer, engagement on the table, or a war
    /// to end. A strike with no demand attached cannot be bought off, however great the pressure.
    /// </summary>
    public static double Channel(DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        double war = context.Situation.State.WarOngoing ? 1 : 0;
        return Math.Min(1, Math.Max(Math.Max(context.Blow.Coercion, context.Blow.Offer), Math.Max(context.Adversary.Engagement, war)));
    }

    /// <summary>Adds the concession's survival relief, economic relief and face cost.</summary>
    public static void Apply(DecisionContext context, EffectTable table)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(table);
        var a = context.Adversary;
        double mediator = context.Situation.State.MediatorAvailable ? 1 : 0;
        table.Add(ResponseCategory.Concede, Objective.Survival, context[ParameterCatalog.BreakingRelief] * Broken(context) * Channel(context) * SurvivalAtStake.ConcessionWorth(context));
        table.Add(ResponseCategory.Concede, Objective.Economy, context[ParameterCatalog.ReliefValue] * a.Engagement * (0.5 + (0.5 * context.Blow.Offer)));
        table.Add(ResponseCategory.Concede, Objective.Face, -context[ParameterCatalog.ConcessionFaceCost] * (0.25 + a.HostilityRhetoric) * (1 - (0.3 * mediator)));
    }
}
