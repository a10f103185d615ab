namespace Brink.Analysis.Runs;

/// <summary>
/// The names of the run kinds the store holds, as written in its <c>kind</c> column: the one table the commands
/// that record runs, <c>brink runs --kind</c> and the reports share.
/// </summary>
public static class RunKinds
{
    /// <summary><c>brink predict</c>: a <see cref="Brink.Model.Prediction.PredictionResult"/>.</summary>
    public const string Predict = "predict";

    /// <summary><c>brink simulate</c>: a <see cref="Brink.Analysis.Simulation.SimulationResult"/>.</summary>
    public const string Simulate = "simulate";

    /// <summary><c>brink sweep</c>: a <see cref="Brink.Analysis.Sweeps.SweepSummary"/>.</summary>
    public const string Sweep = "sweep";

    /// <summary><c>brink fit</c>: a <see cref="Brink.Analysis.Fitting.FitReport"/>.</summary>
    public const string Fit = "fit";

    /// <summary><c>brink backtest</c>: a <see cref="Brink.Analysis.Backtest.BacktestReport"/>.</summary>
    public const string Backtest = "backtest";
}
