namespace Brink.Games.Solvers.QuantalResponse;

/// <summary>
/// Step-size control of the predictor–corrector path follower: the classic constants of Allgower and Georg's
/// Euler–Newton method, which Gambit's logit tracer also starts from.
/// </summary>
/// <param name="FirstStep">Arc length of the first predictor step.</param>
/// <param name="MaxGrowth">Largest factor the step may grow or shrink by after one accepted step.</param>
/// <param name="CorrectorTolerance">A corrector step shorter than this ends the corrector.</param>
/// <param name="MaxDistance">A first corrector step at least this long rejects the predictor step.</param>
/// <param name="MaxContraction">A ratio of successive corrector steps above this rejects the predictor step.</param>
/// <param name="MinStep">Tracing gives up when the step falls below this.</param>
/// <param name="MaxCorrectorIterations">Corrector iterations before the step is rejected.</param>
internal sealed record LogitTracerSettings(
    double FirstStep,
    double MaxGrowth,
    double CorrectorTolerance,
    double MaxDistance,
    double MaxContraction,
    double MinStep,
    int MaxCorrectorIterations)
{
    /// <summary>The settings that reproduce <c>gambit-logit</c>'s end points.</summary>
    public static LogitTracerSettings Default { get; } = new(0.03, 1.1, 1e-4, 0.4, 0.6, 1e-8, 100);

    /// <summary>
    /// Longer first step and faster growth, for QREs at moderate λ: about a quarter of the steps, and on every
    /// bundled game without branch points the same answers as <see cref="Default"/> to 1e-6.
    /// </summary>
    public static LogitTracerSettings Quick { get; } = Default with { FirstStep = 0.3, MaxGrowth = 2 };

    /// <summary>Keeps cancellation from inflating the contraction estimate when corrector steps are tiny.</summary>
    public double ContractionGuard => CorrectorTolerance * 0.1;
}
