using System.Collections.Immutable;
using Brink.Games.Profiles;

namespace Brink.Analysis.Fitting;

/// <summary>One free parameter after fitting: its prior, its MAP estimate, standard error and profile.</summary>
/// <param name="Name">Parameter path, e.g. <c>qre.lambda</c>.</param>
/// <param name="Default">The pack's documented default (the prior's centre).</param>
/// <param name="PriorScale">The prior's standard deviation.</param>
/// <param name="Estimate">Maximum a posteriori value.</param>
/// <param name="StandardError">The square root of the covariance diagonal (the inverse Hessian of the negative log posterior, made positive definite).</param>
/// <param name="Lower">Lower bound of the search.</param>
/// <param name="Upper">Upper bound of the search.</param>
/// <param name="Profile">The profile: at each value, the other parameters re-optimised.</param>
public sealed record ParameterEstimate(
    string Name,
    double Default,
    double PriorScale,
    double Estimate,
    double StandardError,
    double Lower,
    double Upper,
    ImmutableArray<ProfilePoint> Profile);
