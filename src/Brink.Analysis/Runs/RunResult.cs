using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Brink.Analysis.Backtest;
using Brink.Analysis.Fitting;
using Brink.Analysis.Simulation;
using Brink.Analysis.Sweeps;
using Brink.Model.Prediction;

namespace Brink.Analysis.Runs;

/// <summary>
/// A run's result as the store holds it: its kind and its JSON, made only from the kind's typed result record,
/// so a kind can never be stored with another kind's result, and read back by <see cref="RunResultReader"/>
/// through the same serializer metadata.
/// </summary>
/// <param name="Kind">One of <see cref="RunKinds"/>.</param>
/// <param name="Json">The result as the command prints it with <c>--json</c>.</param>
public sealed record RunResult(string Kind, string Json)
{
    /// <summary>A prediction.</summary>
    public static RunResult Of(PredictionResult result) => new(RunKinds.Predict, Write(result, RunResultJsonContext.Default.PredictionResult));

    /// <summary>A simulation.</summary>
    public static RunResult Of(SimulationResult result) => new(RunKinds.Simulate, Write(result, RunResultJsonContext.Default.SimulationResult));

    /// <summary>A sweep's summary.</summary>
    public static RunResult Of(SweepSummary result) => new(RunKinds.Sweep, Write(result, RunResultJsonContext.Default.SweepSummary));

    /// <summary>A fit.</summary>
    public static RunResult Of(FitReport result) => new(RunKinds.Fit, Write(result, RunResultJsonContext.Default.FitReport));

    /// <summary>A backtest.</summary>
    public static RunResult Of(BacktestReport result) => new(RunKinds.Backtest, Write(result, RunResultJsonContext.Default.BacktestReport));

    private static string Write<T>(T result, JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(result, type);
    }
}
