namespace Brink.Analysis.Fitting;

/// <summary>One point of a likelihood profile.</summary>
/// <param name="Value">The profiled parameter's value.</param>
/// <param name="NegativeLogPosterior">Minimum over the other parameters.</param>
/// <param name="NegativeLogLikelihood">The likelihood part at that minimum.</param>
public sealed record ProfilePoint(double Value, double NegativeLogPosterior, double NegativeLogLikelihood);
