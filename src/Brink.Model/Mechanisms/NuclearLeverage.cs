using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// Nuclear leverage (seed 2: Tehran "reneged on some of its nuclear commitments ... to pressure Europe"; seed 1:
/// the nuclear programme serves the deterrent posture). A calibrated nuclear step answers economic pressure and
/// presses whoever still offers a lifeline: influence += leverage · (economic blow + ½ · lifeline). Its risk is in
/// <see cref="ReplyConsequences"/>: an escalating reply to it does extra damage, strike_risk · latency · threat.
/// </summary>
public static class NuclearLeverage
{
    /// <summary>Adds the nuclear step's leverage.</summary>
    public static void Apply(DecisionContext context, EffectTable table)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(table);
        table.Add(ResponseCategory.Nuclear, Objective.Influence,
            context[ParameterCatalog.NuclearLeverage] * (context.Blow.Economic + (0.5 * context.Lifeline)));
    }
}
