using Brink.Analysis.Scoring;

namespace Brink.Analysis.Backtest;

/// <summary>One forecast's scores over a group of cases, with how they were obtained.</summary>
/// <param name="Forecast"><c>model</c> or a baseline's name.</param>
/// <param name="Evaluation">
/// The scheme's name (<see cref="EvaluationNames"/>); for the model's row over all cases when they were scored
/// under more than one scheme, the schemes joined with <c> + </c>.
/// </param>
/// <param name="Cases">Number of cases scored.</param>
/// <param name="Scores">Mean scores over them.</param>
public sealed record BacktestRow(string Forecast, string Evaluation, int Cases, Scores Scores);
