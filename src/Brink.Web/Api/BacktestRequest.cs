namespace Brink.Web.Api;

/// <summary>The body of <c>POST /api/jobs/backtest</c>; both fields optional.</summary>
/// <param name="Cases">Workspace situation files to score; default every one with an outcome.</param>
/// <param name="InSample">Score the fitted cases with the fitted values, without refitting (as <c>brink backtest --in-sample</c>).</param>
internal sealed record BacktestRequest(IReadOnlyList<string>? Cases, bool? InSample);
