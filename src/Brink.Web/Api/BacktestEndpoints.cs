using System.Diagnostics;
using Brink.Analysis.Output;
using Brink.Web.Jobs;
using Brink.Web.Runs;
using Brink.Web.Workspace;

namespace Brink.Web.Api;

/// <summary><c>POST /api/jobs/backtest</c>: <c>brink backtest</c> over workspace cases, as a job.</summary>
internal static class BacktestEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/jobs/backtest", StartAsync).AnswersJob().TakesBody(RequestBodies.Json, "{cases: [file names], in_sample: false}; both optional (default: every workspace case with an outcome, leave-one-out).", required: false)
            .WithSummary("Starts a backtest of workspace cases as a job (202, poll GET /api/jobs/{id}); the result holds brink backtest --json's report and a per-case table. Recorded in the workspace's run store.");

    private static async Task<IResult> StartAsync(HttpRequest request, WorkspaceFolder workspace, ModelCatalog models, WorkbenchOptions options, WorkspaceRuns runs, JobRegistry jobs, TimeProvider clock)
    {
        string text = await RequestText.ReadAsync(request, options.MaxRequestBytes);
        var body = string.IsNullOrWhiteSpace(text) ? new BacktestRequest(null, null) : RequestText.ParseJson(text, WebJsonContext.Default.BacktestRequest);
        var run = BacktestRun.Prepare(body, workspace, models);
        var job = jobs.Start("backtest", run.Steps, (progress, token) =>
        {
            var started = clock.GetUtcNow();
            var watch = Stopwatch.StartNew();
            var report = run.Compute(progress, token);
            return () =>
            {
                long? id = run.Record(runs, report, started, watch.Elapsed);
                return new JobOutcome(JsonOutput.Serialize(BacktestRun.Answer(report, id), WebJsonContext.Default.BacktestAnswer), id);
            };
        });
        return JobEndpoints.Accepted(job);
    }
}
