using Brink.Web.Api;

namespace Brink.Web.Safety;

/// <summary>
/// Refuses state-changing requests from other sites: a POST, PUT or DELETE whose <c>Origin</c> is not this
/// server's own (or whose <c>Sec-Fetch-Site</c> says cross-site) gets 403. A page elsewhere could otherwise make
/// the analyst's browser write into the workspace or keep the CPU busy. Requests without an Origin (curl, scripts)
/// pass: they do not come from a browser page.
/// </summary>
internal sealed class OriginCheck(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context) =>
        IsSafeMethod(context.Request.Method) || IsSameSite(context.Request)
            ? next(context)
            : ApiResults.Error(StatusCodes.Status403Forbidden, new ApiError("cross-site request refused: the Origin is not this workbench")).ExecuteAsync(context);

    internal static bool IsSameSite(HttpRequest request)
    {
        if (request.Headers["Sec-Fetch-Site"].ToString() is "cross-site")
        {
            return false;
        }

        string origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        string own = $"{request.Scheme}://{request.Host.Value}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsSafeMethod(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
}
