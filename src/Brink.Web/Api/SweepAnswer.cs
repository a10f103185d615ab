using Brink.Analysis.Sweeps;

namespace Brink.Web.Api;

/// <summary>A sweep job's result: the heat map of the chosen output and each axis's level values.</summary>
/// <param name="Output">The output mapped.</param>
/// <param name="Heatmap">The map, or null unless the sweep is a complete grid.</param>
/// <param name="XValues">The first axis's levels.</param>
/// <param name="YValues">The second axis's levels.</param>
/// <param name="Replications">Trajectories per point.</param>
/// <param name="Horizon">Steps per trajectory.</param>
/// <param name="Seed">Seed of the trajectories.</param>
/// <param name="RunId">The run store's id, or null when nothing was recorded.</param>
internal sealed record SweepAnswer(string Output, SweepHeatmap? Heatmap, IReadOnlyList<double> XValues, IReadOnlyList<double> YValues, int Replications, int Horizon, ulong Seed, long? RunId);
