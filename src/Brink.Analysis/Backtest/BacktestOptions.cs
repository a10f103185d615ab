using System.Collections.Immutable;
using Brink.Analysis.Fitting;

namespace Brink.Analysis.Backtest;

/// <summary>How to score a model whose parameters may have been fitted on some of the cases.</summary>
/// <param name="FittedOn">
/// Ids of the cases the parameters were fitted on. These are scored leave-one-out (refitted without each one)
/// unless <paramref name="InSample"/>; every other case is scored with the parameters as given (out of sample).
/// </param>
/// <param name="InSample">Score the fitted cases with the given parameters, skipping the refits (and say so).</param>
/// <param name="Refit">
/// How to refit: the prior, budget and threads of <see cref="Fitter.LeaveOneOut"/>; its thread count is also
/// the backtest's. Results do not depend on the thread count.
/// </param>
public sealed record BacktestOptions(ImmutableHashSet<string> FittedOn, bool InSample = false, FitOptions? Refit = null)
{
    /// <summary>Parameters that saw none of the cases: every case is scored out of sample.</summary>
    public static BacktestOptions NotFitted { get; } = new([]);

    /// <summary>The refit options actually used.</summary>
    public FitOptions RefitOptions => Refit ?? new FitOptions();

    /// <summary>How a case is scored under these options.</summary>
    public Evaluation EvaluationOf(string caseId) =>
        !FittedOn.Contains(caseId) ? Evaluation.OutOfSample : InSample ? Evaluation.InSample : Evaluation.LeaveOneOutRefit;
}
