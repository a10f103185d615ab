namespace Brink.Web.Jobs;

/// <summary>What a finished job hands back: its answer as JSON text, and the run store id when it was recorded.</summary>
/// <param name="ResultJson">The answer, in the API's JSON style.</param>
/// <param name="RunId">The run store's id of the recorded run, or null when nothing was recorded.</param>
internal sealed record JobOutcome(string ResultJson, long? RunId);
