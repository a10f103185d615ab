namespace Brink.Web.Api;

/// <summary>A request the API refuses, with the status to answer and the error body.</summary>
internal sealed class ApiProblem(int status, ApiError body) : Exception(body.Error)
{
    /// <summary>The HTTP status.</summary>
    public int Status { get; } = status;

    /// <summary>What the client is told.</summary>
    public ApiError Body { get; } = body;

    /// <summary>400 with a message.</summary>
    public static ApiProblem BadRequest(string message, int? line = null, int? column = null) =>
        new(StatusCodes.Status400BadRequest, new ApiError(message, line, column));
}
