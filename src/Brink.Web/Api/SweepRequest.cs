namespace Brink.Web.Api;

/// <summary>The body of <c>POST /api/jobs/sweep</c>: a situation, two axes and the output to map.</summary>
/// <param name="Situation">The situation's YAML text.</param>
/// <param name="X">The first axis (columns of the heat map).</param>
/// <param name="Y">The second axis (rows).</param>
/// <param name="Output">What to map: <c>p_RESPONSE</c> (the first decision's probability) or an outcome share; default <c>p_major</c>.</param>
/// <param name="Replications">Simulated trajectories per point (0: probabilities only, the default).</param>
/// <param name="Horizon">Steps per trajectory (default 6).</param>
/// <param name="Seed">Seed of the trajectories (default 1).</param>
internal sealed record SweepRequest(string? Situation, SweepAxisRequest? X, SweepAxisRequest? Y, string? Output, int? Replications, int? Horizon, ulong? Seed);

/// <summary>One axis of a sweep request: a path <c>/api/inputs</c> lists (or <c>pack.NAME</c>), its range and grid levels.</summary>
/// <param name="Path">What to vary.</param>
/// <param name="Low">Lowest value.</param>
/// <param name="High">Highest value.</param>
/// <param name="Levels">Grid levels, 2 to 21 (default 5).</param>
internal sealed record SweepAxisRequest(string? Path, double? Low, double? High, int? Levels);
