using System.Collections.Immutable;
using Brink.Analysis.Simulation;

namespace Brink.Analysis.Sweeps;

/// <summary>One computed point: its inputs, the decision's response probabilities and each replication's end.</summary>
/// <param name="Point">Index in the design.</param>
/// <param name="Inputs">One value per axis.</param>
/// <param name="Probabilities">Response probabilities at the first decision (ladder order).</param>
/// <param name="Replications">How each simulated trajectory ended.</param>
public sealed record SweepPoint(int Point, ImmutableArray<double> Inputs, ImmutableArray<double> Probabilities, ImmutableArray<TrajectoryEnd> Replications)
{
    /// <summary>Share of replications ending in <paramref name="outcome"/> (NaN without replications).</summary>
    public double Share(CrisisOutcome outcome) =>
        Replications.IsEmpty ? double.NaN : Replications.Count(r => r.Outcome == outcome) / (double)Replications.Length;
}
