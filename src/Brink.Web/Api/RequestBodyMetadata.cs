namespace Brink.Web.Api;

/// <summary>
/// What an endpoint's request body is, for the OpenAPI document only (<see cref="RequestBodyDocumentation"/> reads
/// it). Not <c>Accepts</c> metadata: that would make routing refuse the other content types curl and scripts send.
/// </summary>
/// <param name="ContentType">The documented content type.</param>
/// <param name="Description">What the body holds.</param>
/// <param name="Required">Whether a body must be sent.</param>
internal sealed record RequestBodyMetadata(string ContentType, string Description, bool Required = true);
