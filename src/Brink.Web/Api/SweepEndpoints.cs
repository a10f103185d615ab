using System.Diagnostics;
using Brink.Analysis.Output;
using Brink.Web.Jobs;
using Brink.Web.Runs;

namespace Brink.Web.Api;

/// <summary><c>POST /api/jobs/sweep</c>: a two-axis grid sweep as a job, answered with the heat map of one output.</summary>
internal static class SweepEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/jobs/sweep", StartAsync).AnswersJob().TakesBody(RequestBodies.Json, "{situation, x: {path, low, high, levels}, y: {...}, output, replications, horizon, seed}; see docs/api.md.")
            .WithSummary("Starts a grid sweep over two inputs as a job (202, poll GET /api/jobs/{id}); the result is the heat map of one output (p_RESPONSE or an outcome share). Recorded in the workspace's run store.");

    private static async Task<IResult> StartAsync(HttpRequest request, ModelCatalog models, WorkbenchOptions options, WorkspaceRuns runs, JobRegistry jobs, TimeProvider clock)
    {
        var run = SweepRun.Prepare(await RequestText.ReadJsonAsync(request, options.MaxRequestBytes, WebJsonContext.Default.SweepRequest), models);
        var job = jobs.Start("sweep", run.Points, (progress, token) =>
        {
            var started = clock.GetUtcNow();
            var watch = Stopwatch.StartNew();
            var result = run.Compute(progress, token);
            return () =>
            {
                long? id = run.Record(runs, result, started, watch.Elapsed);
                return new JobOutcome(JsonOutput.Serialize(run.Answer(result, id), WebJsonContext.Default.SweepAnswer), id);
            };
        });
        return JobEndpoints.Accepted(job);
    }
}
