using Brink.Web.Api;

namespace Brink.Web.Jobs;

/// <summary>
/// Polling and cancelling jobs: <c>GET /api/jobs/{id}</c> answers progress (and the result once done);
/// <c>DELETE /api/jobs/{id}</c> or <c>POST /api/jobs/{id}/cancel</c> trips its cancellation token. The POSTs that
/// start jobs live with their features (simulate, sweep, backtest, rerun) and answer with <see cref="Accepted"/>.
/// </summary>
internal static class JobEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/jobs/{id}", (string id, JobRegistry jobs) => ApiResults.Json(Find(jobs, id).View(), WebJsonContext.Default.JobView))
            .Produces(StatusCodes.Status200OK, contentType: ApiResults.JsonType).Produces<ApiError>(StatusCodes.Status404NotFound, ApiResults.JsonType)
            .WithSummary("A job's state (running, done, failed, cancelled), progress fraction, and its result once done.");
        app.MapDelete("/api/jobs/{id}", Cancel).AnswersCancel()
            .WithSummary("Cancels a running job: its workers stop at the next run or point, and nothing is recorded.");
        app.MapPost("/api/jobs/{id}/cancel", Cancel).AnswersCancel().TakesBody(RequestBodies.Json, "No body: the path names the job.", required: false)
            .WithSummary("The same as DELETE /api/jobs/{id}, for clients that cannot send DELETE.");
    }

    /// <summary>202 with the job's first view and where to poll it.</summary>
    public static IResult Accepted(Job job) =>
        new LocatedResult(ApiResults.Json(job.View(), WebJsonContext.Default.JobView, StatusCodes.Status202Accepted), $"/api/jobs/{job.Id}");

    private static IResult Cancel(string id, JobRegistry jobs)
    {
        var job = Find(jobs, id);
        jobs.Cancel(job);
        return ApiResults.Json(job.View(), WebJsonContext.Default.JobView);
    }

    private static Job Find(JobRegistry jobs, string id) =>
        jobs.Find(id) ?? throw new ApiProblem(StatusCodes.Status404NotFound, new ApiError($"no job '{id}' (finished jobs are kept for 30 minutes)"));

    private static RouteHandlerBuilder AnswersCancel(this RouteHandlerBuilder endpoint) =>
        endpoint.Produces(StatusCodes.Status200OK, contentType: ApiResults.JsonType)
            .Produces<ApiError>(StatusCodes.Status403Forbidden, ApiResults.JsonType)
            .Produces<ApiError>(StatusCodes.Status404NotFound, ApiResults.JsonType);

    /// <summary>An answer with a <c>Location</c> header.</summary>
    private sealed class LocatedResult(IResult inner, string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
