namespace Brink.Web.Api;

/// <summary>The answer of <c>PUT /api/situations/{name}</c>.</summary>
/// <param name="Name">The file saved.</param>
/// <param name="Created">Whether it is new (201) rather than replaced (200).</param>
internal sealed record SavedSituation(string Name, bool Created);
