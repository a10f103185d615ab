namespace Brink.Analysis.Backtest;

/// <summary>How a forecast's figures were obtained; <see cref="EvaluationNames"/> spells each one for output.</summary>
public enum Evaluation
{
    /// <summary>Each case predicted by the forecast refitted without it (the cases it was fitted on, and every baseline).</summary>
    LeaveOneOutRefit,

    /// <summary>Predicted with parameters fitted on the case itself: optimistic, for comparison only.</summary>
    InSample,

    /// <summary>Predicted with parameters that never saw the case.</summary>
    OutOfSample,
}
