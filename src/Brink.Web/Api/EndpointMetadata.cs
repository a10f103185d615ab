namespace Brink.Web.Api;

/// <summary>
/// What the OpenAPI document says about an endpoint's answers. Request bodies are read as text and not declared
/// with <c>Accepts</c>: that metadata makes routing refuse other content types, and the API takes a situation
/// whatever type curl or a script sends it with (docs/api.md).
/// </summary>
internal static class EndpointMetadata
{
    /// <summary>JSON on success, the API's error body on 400, 403 and 413.</summary>
    public static RouteHandlerBuilder AnswersJson(this RouteHandlerBuilder endpoint) =>
        endpoint.Produces(StatusCodes.Status200OK, contentType: ApiResults.JsonType)
            .Produces<ApiError>(StatusCodes.Status400BadRequest, ApiResults.JsonType)
            .Produces<ApiError>(StatusCodes.Status403Forbidden, ApiResults.JsonType)
            .Produces<ApiError>(StatusCodes.Status413PayloadTooLarge, ApiResults.JsonType);

    /// <summary>202 with the job's first view (poll <c>GET /api/jobs/{id}</c>), the API's error body on 400, 403, 413 and 429.</summary>
    public static RouteHandlerBuilder AnswersJob(this RouteHandlerBuilder endpoint) =>
        endpoint.Produces(StatusCodes.Status202Accepted, contentType: ApiResults.JsonType)
            .Produces<ApiError>(StatusCodes.Status400BadRequest, ApiResults.JsonType)
            .Produces<ApiError>(StatusCodes.Status403Forbidden, ApiResults.JsonType)
            .Produces<ApiError>(StatusCodes.Status413PayloadTooLarge, ApiResults.JsonType)
            .Produces<ApiError>(StatusCodes.Status429TooManyRequests, ApiResults.JsonType);

    /// <summary>Documents the request body (for OpenAPI only; the endpoint still reads any content type).</summary>
    public static RouteHandlerBuilder TakesBody(this RouteHandlerBuilder endpoint, string contentType, string description, bool required = true) =>
        endpoint.WithMetadata(new RequestBodyMetadata(contentType, description, required));
}
