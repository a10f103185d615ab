using System.Collections.Immutable;

namespace Brink.Analysis.Backtest;

/// <summary>One scored case.</summary>
/// <param name="Id">The case id (reporting only; never read by a model).</param>
/// <param name="Actual">The category that happened.</param>
/// <param name="Evaluation">How the model's probabilities were obtained (<see cref="EvaluationNames"/>).</param>
/// <param name="Probabilities">The model's probabilities by category name, in ladder order.</param>
public sealed record BacktestCase(string Id, string Actual, string Evaluation, ImmutableSortedDictionary<string, double> Probabilities);
