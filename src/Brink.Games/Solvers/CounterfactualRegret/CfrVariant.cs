namespace Brink.Games.Solvers.CounterfactualRegret;

/// <summary>Which member of the counterfactual-regret-minimisation family <see cref="Cfr"/> runs.</summary>
public enum CfrVariant
{
    /// <summary>
    /// Vanilla CFR (Zinkevich, Johanson, Bowling and Piccione 2007): regret matching, both players updated
    /// together from one iteration's strategies, every iteration weighted equally in the average.
    /// </summary>
    Vanilla,

    /// <summary>
    /// CFR+ (Tammelin 2014; Tammelin, Burch, Johanson and Bowling 2015): regret matching+ (cumulative regrets
    /// floored at zero), players updated in turn, iteration t weighted by t in the average.
    /// </summary>
    Plus,

    /// <summary>
    /// Linear CFR (Brown and Sandholm 2019): regret matching with iteration t's regrets and its contribution to
    /// the average both weighted by t; players updated in turn.
    /// </summary>
    Linear,

    /// <summary>
    /// Discounted CFR with Brown and Sandholm's (2019) recommended α = 1.5, β = 0, γ = 2: after iteration t,
    /// positive cumulative regrets are scaled by t^α/(t^α + 1), negative ones by t^β/(t^β + 1) = 1/2, and
    /// iteration t weighs t^γ in the average; players updated in turn.
    /// </summary>
    Discounted,
}
