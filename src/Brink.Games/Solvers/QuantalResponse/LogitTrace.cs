namespace Brink.Games.Solvers.QuantalResponse;

/// <summary>Where a path trace ended.</summary>
/// <param name="Point">The last accepted point (log-probabilities, λ last).</param>
/// <param name="Previous">The accepted point before it, or null when the trace never moved.</param>
/// <param name="Steps">Accepted predictor–corrector steps.</param>
/// <param name="Rejections">Rejected steps (each shrank the step size).</param>
/// <param name="Bifurcations">Rejected steps where the path's orientation flipped (a branch point nearby).</param>
/// <param name="Completed">False when tracing gave up before the stop condition held.</param>
/// <param name="Status">Why tracing ended, for diagnostics.</param>
internal sealed record LogitTrace(
    double[] Point,
    double[]? Previous,
    int Steps,
    int Rejections,
    int Bifurcations,
    bool Completed,
    string Status);
