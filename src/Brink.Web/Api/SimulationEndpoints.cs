using System.Diagnostics;
using Brink.Analysis.Output;
using Brink.Web.Jobs;
using Brink.Web.Runs;
using Microsoft.AspNetCore.Mvc;

namespace Brink.Web.Api;

/// <summary>
/// <c>POST /api/simulate</c>: Monte Carlo trajectories of a situation, the same JSON as <c>brink simulate --json</c>;
/// <c>POST /api/jobs/simulate</c> the same as a job that reports progress and can be cancelled. Both record the
/// run in the workspace's store.
/// </summary>
internal static class SimulationEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/simulate", SimulateAsync).AnswersJson().TakesBody(RequestBodies.Yaml, "A situation (docs/situations.md).")
            .WithSummary("Simulates a situation (YAML body); query runs (default 1000), horizon (12), seed (1). The same JSON as brink simulate --json. Recorded in the workspace's run store.");
        app.MapPost("/api/jobs/simulate", StartAsync).AnswersJob().TakesBody(RequestBodies.Yaml, "A situation (docs/situations.md).")
            .WithSummary("Starts a simulation as a job (202, poll GET /api/jobs/{id}); the same query and result as POST /api/simulate.");
    }

    private static async Task<IResult> SimulateAsync(HttpRequest request, ModelCatalog models, WorkbenchOptions options, WorkspaceRuns runs, TimeProvider clock, [FromQuery(Name = "runs")] int? runCount, int? horizon, ulong? seed)
    {
        var run = await PrepareAsync(request, models, options, runCount, horizon, seed);
        var started = clock.GetUtcNow();
        var watch = Stopwatch.StartNew();
        var result = run.Compute(null, request.HttpContext.RequestAborted);
        run.Record(runs, result, started, watch.Elapsed);
        return ApiResults.Json(result, AnalysisJsonContext.Default.SimulationResult);
    }

    private static async Task<IResult> StartAsync(HttpRequest request, ModelCatalog models, WorkbenchOptions options, WorkspaceRuns runs, JobRegistry jobs, TimeProvider clock, [FromQuery(Name = "runs")] int? runCount, int? horizon, ulong? seed)
    {
        var run = await PrepareAsync(request, models, options, runCount, horizon, seed);
        var job = jobs.Start("simulate", run.Settings.Runs, (progress, token) =>
        {
            var started = clock.GetUtcNow();
            var watch = Stopwatch.StartNew();
            var result = run.Compute(progress, token);
            return () => new JobOutcome(JsonOutput.Serialize(result, AnalysisJsonContext.Default.SimulationResult), run.Record(runs, result, started, watch.Elapsed));
        });
        return JobEndpoints.Accepted(job);
    }

    private static async Task<SimulationRun> PrepareAsync(HttpRequest request, ModelCatalog models, WorkbenchOptions options, int? runs, int? horizon, ulong? seed)
    {
        string text = await RequestText.ReadAsync(request, options.MaxRequestBytes);
        return SimulationRun.Prepare(text, SituationEndpoints.Parse(text), models, options, runs, horizon, seed);
    }
}
