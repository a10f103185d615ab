using System.Collections.Immutable;

namespace Brink.Analysis.Fitting;

/// <summary>A fit: estimates, in-sample fit, and held-out predictions for cross-validated scoring.</summary>
/// <param name="Parameters">One estimate per free parameter, in the model's order.</param>
/// <param name="NegativeLogLikelihood">At the estimate, over all cases.</param>
/// <param name="NegativeLogPrior">At the estimate.</param>
/// <param name="Evaluations">Objective evaluations of the main optimisation.</param>
/// <param name="InSample">Each case predicted at the estimate.</param>
/// <param name="KFold">Each case predicted by the model fitted on the other folds.</param>
/// <param name="LeaveOneOut">Each case predicted by the model fitted on all the others (empty if not asked).</param>
public sealed record FitResult(
    ImmutableArray<ParameterEstimate> Parameters,
    double NegativeLogLikelihood,
    double NegativeLogPrior,
    int Evaluations,
    ImmutableArray<HeldOutPrediction> InSample,
    ImmutableArray<HeldOutPrediction> KFold,
    ImmutableArray<HeldOutPrediction> LeaveOneOut)
{
    /// <summary>
    /// The Laplace approximation's covariance of the estimates (rows and columns in parameter order), made
    /// positive definite by <see cref="Hessian.Covariance"/>; empty for a result built without one.
    /// </summary>
    public ImmutableArray<ImmutableArray<double>> Covariance { get; init; } = [];

    /// <summary>The estimates in parameter order.</summary>
    public ImmutableArray<double> Estimates => [.. Parameters.Select(p => p.Estimate)];
}
