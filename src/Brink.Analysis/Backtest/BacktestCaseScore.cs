using Brink.Analysis.Scoring;

namespace Brink.Analysis.Backtest;

/// <summary>One case's row of a backtest's per-case table: what happened, what the model put first, and its scores.</summary>
/// <param name="Id">The case id.</param>
/// <param name="Actual">The response that happened.</param>
/// <param name="Evaluation">How the probabilities were obtained (<see cref="EvaluationNames"/>).</param>
/// <param name="PredictedTop">The response the model gave the highest probability.</param>
/// <param name="ProbabilityOfActual">The model's probability of what happened.</param>
/// <param name="Brier">The case's multi-class Brier score (the mean of these is the report's Brier).</param>
public sealed record BacktestCaseScore(string Id, string Actual, string Evaluation, string PredictedTop, double ProbabilityOfActual, double Brier)
{
    /// <summary>The row of <paramref name="scored"/>.</summary>
    public static BacktestCaseScore Of(BacktestCase scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var names = scored.Probabilities.Keys.ToArray();
        var p = scored.Probabilities.Values.ToArray();
        int actual = Array.IndexOf(names, scored.Actual);
        return new BacktestCaseScore(scored.Id, scored.Actual, scored.Evaluation, names[ProperScores.Top(p)], p[actual], ProperScores.Brier(p, actual));
    }
}
