using System.Collections.Immutable;
using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// The proxy network (seed 1: leverage through partners "without facing direct military confrontation";
/// "a misstep in any one arena could ripple across the broader network"; seed 3: with Assad gone and Hezbollah
/// defeated, "that strategy has now collapsed"). Partners are open-named and read only by strength.
/// N = mean of the three strongest partners × (1 − cascade · proxy blow). A deniable act:
/// influence += reach · N · (blow + 0.25) − spend · N; economy −= overextension · pain · fronts / 4 (fronts =
/// partners stronger than 0.3); it is traced with probability a = attribution_base · (1 − ½N), and it answers a blow only as far as the
/// network (plus the state's own covert arm, 0.3) can carry it: capacity = min(1, 0.3 + N).
/// </summary>
public static class ProxyNetwork
{
    /// <summary>Strength above which a partner counts as an active front.</summary>
    public const double ActiveFront = 0.3;

    /// <summary>The network strength assumed, whatever the partners, when the mechanism is switched off.</summary>
    public const double Neutral = 0.5;

    /// <summary>Effective strength N of the network.</summary>
    public static double EffectiveStrength(ImmutableArray<Proxy> proxies, double proxyBlow, double cascade)
    {
        if (proxies.IsDefaultOrEmpty)
        {
            return 0;
        }

        double first = 0, second = 0, third = 0;
        foreach (var proxy in proxies)
        {
            double s = proxy.Strength;
            if (s > first)
            {
                (first, second, third) = (s, first, second);
            }
            else if (s > second)
            {
                (second, third) = (s, second);
            }
            else if (s > third)
            {
                third = s;
            }
        }

        return (first + second + third) / 3 * (1 - (cascade * proxyBlow));
    }

    /// <summary>How much of its answering power a deniable act has: min(1, 0.3 + N).</summary>
    public static double Capacity(double network) => Math.Min(1, 0.3 + network);

    /// <summary>Probability a deniable act is traced to the focal actor.</summary>
    public static double AttributionProbability(DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Math.Clamp(context[ParameterCatalog.AttributionBase] * (1 - (0.5 * context.Network)), 0, 1);
    }

    /// <summary>Adds the deniable option's gains and costs.</summary>
    public static void Apply(DecisionContext context, EffectTable table)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(table);
        double n = context.Network;
        int fronts = context.Situation.State.Proxies.Count(p => p.Strength > ActiveFront);
        table.Add(ResponseCategory.Deniable, Objective.Influence,
            (context[ParameterCatalog.DeniableReach] * n * (context.Blow.Total + 0.25)) - (context[ParameterCatalog.ProxySpend] * n));
        table.Add(ResponseCategory.Deniable, Objective.Economy, -context[ParameterCatalog.Overextension] * context.Pain * fronts / 4.0);
    }
}
