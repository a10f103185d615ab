using Brink.Games.Text;
using Brink.Web.Api;
using Brink.Web.Workspace;
using Microsoft.Extensions.Logging;

namespace Brink.Web.Safety;

/// <summary>
/// Turns every exception into the API's JSON error: bad input is a 400 naming line and column, a refused path a
/// 400, an oversize body a 413, anything else a 500 with one sentence. Clients never see a stack trace; the
/// server's log keeps it.
/// </summary>
internal sealed class ErrorResponses(RequestDelegate next, ILogger<ErrorResponses> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception error) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var (status, body) = Describe(error);
            if (status >= StatusCodes.Status500InternalServerError)
            {
                logger.LogError(error, "request {Path} failed", context.Request.Path);
            }

            context.Response.Clear();
            await ApiResults.Error(status, body).ExecuteAsync(context);
        }
    }

    private static (int Status, ApiError Body) Describe(Exception error) => error switch
    {
        ApiProblem problem => (problem.Status, problem.Body),
        LocatedFormatException located => (StatusCodes.Status400BadRequest, ApiError.From(located)),
        WorkspacePathException w => (StatusCodes.Status400BadRequest, new ApiError(w.Message)),
        NotSupportedException n => (StatusCodes.Status400BadRequest, new ApiError(n.Message)),
        BadHttpRequestException b => (b.StatusCode, new ApiError(b.StatusCode == StatusCodes.Status413PayloadTooLarge ? "the request body is too large" : "bad request")),
        _ => (StatusCodes.Status500InternalServerError, new ApiError("internal error; the server's log has the details")),
    };
}
