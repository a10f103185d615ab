namespace Brink.Web.Runs;

/// <summary>The answer of <c>DELETE /api/runs/{id}</c>.</summary>
/// <param name="Deleted">The id of the run deleted.</param>
internal sealed record DeletedRun(long Deleted);
