namespace Brink.Web.Api;

/// <summary>The body of <c>POST /api/compare</c>: two situations' YAML texts.</summary>
internal sealed record CompareRequest(string? Left, string? Right, int? Draws, ulong? Seed);
