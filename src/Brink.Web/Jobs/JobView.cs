using System.Text.Json;

namespace Brink.Web.Jobs;

/// <summary>The answer of <c>GET /api/jobs/{id}</c>: where the job is, how far, and its result once done.</summary>
/// <param name="Id">The job's id.</param>
/// <param name="Kind">simulate, sweep, backtest or rerun.</param>
/// <param name="State">running, done, failed or cancelled.</param>
/// <param name="Progress">Fraction done, 0 to 1.</param>
/// <param name="Done">Steps done (runs, sweep points, refits).</param>
/// <param name="Total">Steps in all.</param>
/// <param name="Error">Why it failed, or null.</param>
/// <param name="RunId">The run store id of the recorded run, or null.</param>
/// <param name="Result">The result once done, else null.</param>
internal sealed record JobView(string Id, string Kind, string State, double Progress, int Done, int Total, string? Error, long? RunId, JsonElement? Result);
