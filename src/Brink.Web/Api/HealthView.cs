namespace Brink.Web.Api;

/// <summary>The answer of <c>GET /api/health</c>.</summary>
/// <param name="Status">Always "ok": the server answered.</param>
/// <param name="Workspace">The workspace folder.</param>
internal sealed record HealthView(string Status, string Workspace);
