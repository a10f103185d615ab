using Brink.Model.Packs;

namespace Brink.Model.Mechanisms;

/// <summary>
/// The leader's utility over the five objectives: U = Σ_k w_k · v_k(ΔO_k), with v linear except for survival,
/// where a loss below the current level weighs κ times a gain (prospect theory's loss aversion; seed 4: the
/// regime's top priority is preservation of the system, hence "remarkable reversals" when it is in jeopardy).
/// hardliner_influence h moves weight from economy to face and influence: w_face·(1 + s·(2h − 1)),
/// w_influence·(1 + s·(2h − 1)), w_economy·(1 − s·(2h − 1)), s = hardliners.shift.
/// </summary>
public static class LeaderUtility
{
    /// <summary>The weights after the hardliner shift, in <see cref="Objective"/> order.</summary>
    public static double[] Weights(ModelPack pack, double hardlinerInfluence)
    {
        ArgumentNullException.ThrowIfNull(pack);
        double shift = pack.IsOn(Mechanism.Hardliners) ? pack[ParameterCatalog.HardlinerShift] : 0;
        double tilt = shift * ((2 * hardlinerInfluence) - 1);
        return
        [
            pack[ParameterCatalog.WeightSurvival],
            pack[ParameterCatalog.WeightInfluence] * (1 + tilt),
            pack[ParameterCatalog.WeightLegitimacy],
            pack[ParameterCatalog.WeightEconomy] * (1 - tilt),
            pack[ParameterCatalog.WeightFace] * (1 + tilt),
        ];
    }

    /// <summary>v_k(x): κ·x for survival losses, x otherwise.</summary>
    public static double Value(Objective objective, double change, double lossAversion) =>
        objective == Objective.Survival && change < 0 ? lossAversion * change : change;

    /// <summary>Σ_k w_k · v_k(ΔO_k); <paramref name="perObjective"/> receives each term.</summary>
    public static double Total(ReadOnlySpan<double> weights, ReadOnlySpan<double> changes, double lossAversion, Span<double> perObjective)
    {
        double total = 0;
        for (int k = 0; k < changes.Length; k++)
        {
            double term = weights[k] * Value((Objective)k, changes[k], lossAversion);
            perObjective[k] = term;
            total += term;
        }

        return total;
    }
}
