using System.Text;
using Brink.Analysis.Output;
using Brink.Analysis.Reports;
using Brink.Analysis.Runs;
using Brink.Web.Api;
using Brink.Web.Jobs;
using Brink.Web.Workspace;

namespace Brink.Web.Runs;

/// <summary>
/// The workspace's run store (<see cref="WorkspaceRuns"/>): list, show, delete, re-run, and <c>brink report</c>'s
/// HTML page for a run.
/// </summary>
internal static class RunEndpoints
{
    /// <summary>The report has inline styles and inline SVG and nothing else: no script, no fetch, no frame.</summary>
    private const string ReportPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/runs", List).Produces(StatusCodes.Status200OK, contentType: ApiResults.JsonType)
            .WithSummary("The workspace's recorded runs, newest first, as brink runs list --json prints them. Query: kind, limit (default 50, at most 1000).");
        app.MapGet("/api/runs/{id:long}", Show).Produces(StatusCodes.Status200OK, contentType: ApiResults.JsonType).Produces<ApiError>(StatusCodes.Status404NotFound, ApiResults.JsonType)
            .WithSummary("One run with its result, as brink runs show --json prints it.");
        app.MapDelete("/api/runs/{id:long}", Delete).Produces(StatusCodes.Status200OK, contentType: ApiResults.JsonType)
            .Produces<ApiError>(StatusCodes.Status403Forbidden, ApiResults.JsonType).Produces<ApiError>(StatusCodes.Status404NotFound, ApiResults.JsonType)
            .WithSummary("Deletes one run from the workspace's store.");
        app.MapPost("/api/runs/{id:long}/rerun", Rerun).AnswersJob().Produces<ApiError>(StatusCodes.Status404NotFound, ApiResults.JsonType)
            .TakesBody(RequestBodies.Json, "No body: the run's recorded command line says what to compute.", required: false)
            .WithSummary("Re-runs a recorded simulate, sweep or backtest as a job; the result says whether it reproduced exactly (as brink runs rerun does). Nothing new is recorded.");
        app.MapGet("/api/runs/{id:long}/report", Report).Produces(StatusCodes.Status200OK, contentType: "text/html").Produces<ApiError>(StatusCodes.Status404NotFound, ApiResults.JsonType)
            .WithSummary("brink report's self-contained HTML page for a run.");
    }

    private static IResult List(WorkspaceRuns runs, string? kind, int? limit)
    {
        if (limit is < 1 or > 1000)
        {
            throw ApiProblem.BadRequest("limit must be from 1 to 1000");
        }

        return ApiResults.Json([.. runs.Store.List(kind, limit ?? 50).Select(RunListing.Of)], AnalysisJsonContext.Default.IReadOnlyListRunListing);
    }

    private static IResult Show(long id, WorkspaceRuns runs) => ApiResults.Json(Find(runs, id), AnalysisJsonContext.Default.RunRecord);

    private static IResult Delete(long id, WorkspaceRuns runs) =>
        runs.Store.Delete(id) ? ApiResults.Json(new DeletedRun(id), WebJsonContext.Default.DeletedRun) : throw NotFound(id);

    private static IResult Report(long id, WorkspaceRuns runs, HttpContext context)
    {
        string html = HtmlReport.Build(Find(runs, id));
        context.Response.Headers.ContentSecurityPolicy = ReportPolicy;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Text(html, "text/html", Encoding.UTF8);
    }

    private static IResult Rerun(long id, WorkspaceRuns runs, ModelCatalog models, WorkbenchOptions options, WorkspaceFolder workspace, JobRegistry jobs)
    {
        var run = Find(runs, id);
        var (total, work) = RunReplay.Plan(run, models, options, workspace);
        var job = jobs.Start("rerun", total, (progress, token) =>
        {
            var (hash, result) = work(progress, token);
            return () => new JobOutcome(JsonOutput.Serialize(RunReplay.Verdict(run, hash, result), WebJsonContext.Default.RerunVerdict), null);
        });
        return JobEndpoints.Accepted(job);
    }

    private static RunRecord Find(WorkspaceRuns runs, long id) => runs.Store.Find(id) ?? throw NotFound(id);

    private static ApiProblem NotFound(long id) => new(StatusCodes.Status404NotFound, new ApiError($"no run {id} in the workspace's run store"));
}
