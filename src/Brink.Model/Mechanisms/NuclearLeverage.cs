using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// Nuclear leverage (seed 2: Tehran "reneged on some of its nuclear commitments ... to pressure Europe"; seed 1:
/// the nuclear programme serves the deterrent posture). A calibrated nuclear step answers economic pressure and
/// presses whoever still offers a lifeline: influence += leverage · capacity · (economic blow + ½ · lifeline),
/// capacity = min(1, 2 · nuclear_latency). Its risk is in
/// <see cref="ReplyConsequences"/>: an escalating reply to it does extra damage, strike_risk · latency · threat.
/// </summary>
public static class NuclearLeverage
{
    /// <summary>
    /// How much a nuclear step can carry: min(1, 2 · latency). A programme half-way to a weapons option can carry a full
    /// step; one with nothing to restart has
    /// little to escalate, so both its leverage and its power to answer a blow shrink.
    /// </summary>
    public static double Capacity(double latency) => Math.Min(1, 2 * latency);

    /// <summary>Adds the nuclear step's leverage.</summary>
    public static void Apply(DecisionContext context, EffectTable table)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(table);
        table.Add(ResponseCategory.Nuclear, Objective.Influence,
            context[ParameterCatalog.NuclearLeverage] * Capacity(context.Situation.State.NuclearLatency)
            * (context.Blow.Economic + (0.5 * context.Lifeline)));
    }
}
