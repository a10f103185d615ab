namespace Brink.Analysis.Backtest;

/// <summary>One bin of a calibration table over all (case, category) pairs.</summary>
/// <param name="Lower">Lowest predicted probability in the bin.</param>
/// <param name="Upper">Highest (exclusive, except the last bin).</param>
/// <param name="Count">Pairs in the bin.</param>
/// <param name="MeanPredicted">Mean predicted probability.</param>
/// <param name="ObservedFrequency">Share of the pairs whose category happened.</param>
public sealed record CalibrationBin(double Lower, double Upper, int Count, double MeanPredicted, double ObservedFrequency);
