using Brink.Analysis.Backtest;

namespace Brink.Web.Api;

/// <summary>A backtest job's result: the report exactly as <c>brink backtest --json</c> prints it, and the per-case table.</summary>
/// <param name="Report">The report.</param>
/// <param name="PerCase">One row per case.</param>
/// <param name="RunId">The run store's id, or null when nothing was recorded.</param>
internal sealed record BacktestAnswer(BacktestReport Report, IReadOnlyList<BacktestCaseScore> PerCase, long? RunId);
