namespace Brink.Model.Prediction;

/// <summary>A response's expected utility, in total and split by objective (names: survival, influence, ...).</summary>
/// <param name="Response">Category name.</param>
/// <param name="Total">Expected utility.</param>
/// <param name="ByObjective">Weighted expected value per objective, in objective order.</param>
public sealed record ResponseUtility(string Response, double Total, IReadOnlyDictionary<string, double> ByObjective);

/// <summary>How much one input moves the prediction.</summary>
/// <param name="Input">Key in the situation file.</param>
/// <param name="Label">Analyst's words.</param>
/// <param name="Value">Current value.</param>
/// <param name="Shift">Total-variation distance the distribution moves per 0.1 change of the input (central difference).</param>
/// <param name="TopChange">Change of the top response's probability per +0.1 of the input.</param>
public sealed record InputSensitivity(string Input, string Label, double Value, double Shift, double TopChange);

/// <summary>The smallest change of one input that makes another response the most likely.</summary>
/// <param name="Input">Key in the situation file.</param>
/// <param name="Label">Analyst's words.</param>
/// <param name="From">Current value.</param>
/// <param name="To">Value at which the top response changes.</param>
/// <param name="Top">The top response now.</param>
/// <param name="NewTop">The response that overtakes it.</param>
/// <param name="Sentence">The analyst's sentence, e.g. "if US threat credibility fell from 0.80 to 0.55, restrain would overtake limited_overt".</param>
public sealed record TopFlip(string Input, string Label, double From, double To, string Top, string NewTop, string Sentence);

/// <summary>Why the model predicts what it does.</summary>
/// <param name="Utilities">Each response's expected utility by objective, ladder order.</param>
/// <param name="Sensitivities">The three inputs whose change moves the prediction most, largest first.</param>
/// <param name="Flip">The smallest one-input change that flips the top response, or null when none within 0..1 does.</param>
public sealed record Explanation(IReadOnlyList<ResponseUtility> Utilities, IReadOnlyList<InputSensitivity> Sensitivities, TopFlip? Flip)
{
    /// <summary>
    /// Whether the top response survives the fitted parameters' uncertainty, e.g. "not robust: restrain is top in
    /// 62% of parameter draws, nuclear in 35%", or why there are no intervals; null when none were asked for.
    /// </summary>
    public string? Robustness { get; init; }

    /// <summary>The adversary whose reply the leader weighs, and why it is that one.</summary>
    public AnsweredAdversary? Answering { get; init; }

    /// <summary>
    /// Probability of open war: the leader escalates to <c>major</c>, or the adversary escalates after whatever the
    /// leader does (a deniable act only when traced).
    /// </summary>
    public double OpenWarRisk { get; init; }
}

/// <summary>The adversary being answered.</summary>
/// <param name="Id">Its actor id.</param>
/// <param name="Reason">Why it is the one: "the trigger's initiator" or "the most dangerous listed adversary (domestic trigger)".</param>
public sealed record AnsweredAdversary(string Id, string Reason);

/// <summary>
/// A prediction ready to serialise: the situation id, a probability for each of the seven categories (keys are
/// exactly the contract's names, in ladder order), the top category and the explanation; with the fitted
/// parameters' uncertainty, a 90% interval and a top share per category, the number of draws and the seed.
/// </summary>
/// <param name="Id">Situation id.</param>
/// <param name="Probabilities">Category name to probability, ladder order, summing to 1.</param>
/// <param name="Top">The most likely category.</param>
/// <param name="Explanation">Why.</param>
public sealed record PredictionResult(string Id, IReadOnlyDictionary<string, double> Probabilities, string Top, Explanation Explanation)
{
    /// <summary>Category name to its 90% interval [lo, hi], ladder order; null without draws or without a fit.</summary>
    public IReadOnlyDictionary<string, double[]>? Intervals { get; init; }

    /// <summary>Category name to the share of parameter draws in which it is top; null when there are no intervals.</summary>
    public IReadOnlyDictionary<string, double>? TopShares { get; init; }

    /// <summary>Parameter vectors drawn (0: no intervals).</summary>
    public int Draws { get; init; }

    /// <summary>The seed of the draws; null when there were none.</summary>
    public ulong? Seed { get; init; }

    /// <summary>Where the parameters' covariance came from (<c>covariance</c> or <c>standard_errors</c>); null without intervals.</summary>
    public string? IntervalSource { get; init; }
}
