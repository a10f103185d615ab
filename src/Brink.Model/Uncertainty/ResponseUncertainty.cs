namespace Brink.Model.Uncertainty;

/// <summary>
/// What the fitted parameters' uncertainty does to one prediction. Invariant: every interval is [lo, hi] with
/// 0 ≤ lo ≤ hi ≤ 1, keys are the seven category names in ladder order, and the top shares sum to 1.
/// </summary>
/// <param name="Draws">Parameter vectors drawn.</param>
/// <param name="Seed">The seed they were drawn with.</param>
/// <param name="Source">Where the covariance came from: <c>covariance</c> or <c>standard_errors</c>.</param>
/// <param name="Intervals">Per category, the 5% and 95% quantiles of its probability over the draws.</param>
/// <param name="TopShares">Per category, the share of draws in which it is the most likely response.</param>
/// <param name="Robust">Whether the point prediction's top response is top in at least 80% of the draws.</param>
/// <param name="Sentence">The analyst's sentence, e.g. "not robust: restrain is top in 62% of parameter draws, nuclear in 35%".</param>
public sealed record ResponseUncertainty(
    int Draws,
    ulong Seed,
    string Source,
    IReadOnlyDictionary<string, double[]> Intervals,
    IReadOnlyDictionary<string, double> TopShares,
    bool Robust,
    string Sentence);
