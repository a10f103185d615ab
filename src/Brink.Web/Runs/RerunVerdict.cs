namespace Brink.Web.Runs;

/// <summary>A re-run job's result, in the words of <c>brink runs rerun</c>.</summary>
/// <param name="RunId">The stored run.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Reproduced">Same inputs and byte-identical result.</param>
/// <param name="InputsChanged">Whether the input files' hash differs from the stored one.</param>
/// <param name="Sentence">What was found, in one sentence.</param>
internal sealed record RerunVerdict(long RunId, string Kind, bool Reproduced, bool InputsChanged, string Sentence);
