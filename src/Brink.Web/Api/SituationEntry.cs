namespace Brink.Web.Api;

/// <summary>One row of <c>GET /api/situations</c>: the file, and what it holds or its first error.</summary>
internal sealed record SituationEntry(string Name, string? Id, string? Title, string? Focal, string? Date, ApiError? Error);
