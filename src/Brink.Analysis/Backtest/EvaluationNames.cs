using System.Collections.Immutable;

namespace Brink.Analysis.Backtest;

/// <summary>The one spelling of each <see cref="Evaluation"/>, used by JSON, tables and run records alike.</summary>
public static class EvaluationNames
{
    /// <summary>Every scheme in report order.</summary>
    public static readonly ImmutableArray<Evaluation> All = [Evaluation.LeaveOneOutRefit, Evaluation.InSample, Evaluation.OutOfSample];

    /// <summary>The scheme's name: <c>leave-one-out refit</c>, <c>in-sample</c> or <c>out-of-sample</c>.</summary>
    public static string Name(Evaluation evaluation) => evaluation switch
    {
        Evaluation.LeaveOneOutRefit => "leave-one-out refit",
        Evaluation.InSample => "in-sample",
        Evaluation.OutOfSample => "out-of-sample",
        _ => throw new ArgumentOutOfRangeException(nameof(evaluation), evaluation, "Not an evaluation scheme."),
    };
}
