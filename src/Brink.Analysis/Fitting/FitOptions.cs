using Brink.Model.Parallelism;

namespace Brink.Analysis.Fitting;

/// <summary>How to fit and cross-validate.</summary>
/// <param name="Folds">k of k-fold cross-validation (at least 2; capped at the number of cases).</param>
/// <param name="Seed">Seed of the fold assignment.</param>
/// <param name="LeaveOneOut">Whether to also refit once per case for leave-one-out predictions.</param>
/// <param name="ProfilePoints">Points per likelihood profile (odd, so the estimate is one of them).</param>
/// <param name="MaxEvaluations">Objective evaluations allowed per optimisation.</param>
/// <param name="MaxDegreeOfParallelism">Worker threads (0 = every core); results do not depend on it.</param>
public sealed record FitOptions(
    int Folds = 5,
    ulong Seed = 1,
    bool LeaveOneOut = true,
    int ProfilePoints = 9,
    int MaxEvaluations = 3_000,
    int MaxDegreeOfParallelism = 0)
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first bad option.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Folds, 2, nameof(Folds));
        ArgumentOutOfRangeException.ThrowIfLessThan(ProfilePoints, 3, nameof(ProfilePoints));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEvaluations, 10, nameof(MaxEvaluations));
        Workers.Validate(MaxDegreeOfParallelism, nameof(MaxDegreeOfParallelism));
    }
}
