using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Brink.Analysis.Backtest;
using Brink.Analysis.Fitting;
using Brink.Analysis.Output;
using Brink.Analysis.Simulation;
using Brink.Analysis.Sweeps;
using Brink.Model.Prediction;

namespace Brink.Analysis.Runs;

/// <summary>
/// A run's result as the store holds it: its kind and its JSON, made only from the kind's typed result record (so a
/// kind is never stored with another kind's result) and read back into it through the same serializer metadata.
/// Runs stored by an older brink lack the members added since, so nothing is required on reading: a missing member
/// reads as null or a default array, and whoever draws it says that the run predates it.
/// </summary>
/// <param name="Kind">One of <see cref="RunKinds"/>.</param>
/// <param name="Json">The result as the command prints it with <c>--json</c>.</param>
public sealed record RunResult(string Kind, string Json)
{
    private static readonly JsonSerializerOptions ReadOptions = new(AnalysisJsonContext.Default.Options)
    {
        TypeInfoResolver = AnalysisJsonContext.Default.WithAddedModifier(NothingRequired),
        Converters = { new FileOrderMapConverter() },
    };

    /// <summary>A prediction.</summary>
    public static RunResult Of(PredictionResult result) => new(RunKinds.Predict, Write(result, AnalysisJsonContext.Default.PredictionResult));

    /// <summary>A simulation.</summary>
    public static RunResult Of(SimulationResult result) => new(RunKinds.Simulate, Write(result, AnalysisJsonContext.Default.SimulationResult));

    /// <summary>A sweep's summary.</summary>
    public static RunResult Of(SweepSummary result) => new(RunKinds.Sweep, Write(result, AnalysisJsonContext.Default.SweepSummary));

    /// <summary>A fit.</summary>
    public static RunResult Of(FitReport result) => new(RunKinds.Fit, Write(result, AnalysisJsonContext.Default.FitReport));

    /// <summary>A backtest.</summary>
    public static RunResult Of(BacktestReport result) => new(RunKinds.Backtest, Write(result, AnalysisJsonContext.Default.BacktestReport));

    /// <summary>A <see cref="RunKinds.Predict"/> run's stored result.</summary>
    /// <exception cref="JsonException">The text is not such a result.</exception>
    public static PredictionResult ReadPrediction(string json) => Read<PredictionResult>(json);

    /// <summary>A <see cref="RunKinds.Simulate"/> run's stored result.</summary>
    /// <exception cref="JsonException">The text is not such a result.</exception>
    public static SimulationResult ReadSimulation(string json) => Read<SimulationResult>(json);

    /// <summary>A <see cref="RunKinds.Sweep"/> run's stored result.</summary>
    /// <exception cref="JsonException">The text is not such a result.</exception>
    public static SweepSummary ReadSweep(string json) => Read<SweepSummary>(json);

    /// <summary>A <see cref="RunKinds.Fit"/> run's stored result.</summary>
    /// <exception cref="JsonException">The text is not such a result.</exception>
    public static FitReport ReadFit(string json) => Read<FitReport>(json);

    /// <summary>A <see cref="RunKinds.Backtest"/> run's stored result.</summary>
    /// <exception cref="JsonException">The text is not such a result.</exception>
    public static BacktestReport ReadBacktest(string json) => Read<BacktestReport>(json);

    private static string Write<T>(T result, JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(result, type);
    }

    private static T Read<T>(string json)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        var type = (JsonTypeInfo<T>)ReadOptions.GetTypeInfo(typeof(T));
        return JsonSerializer.Deserialize(json, type) ?? throw new JsonException($"expected a {typeof(T).Name}, found null");
    }

    /// <summary>Members marked <c>required</c> for the code that builds results are optional in stored ones.</summary>
    private static void NothingRequired(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            property.IsRequired = false;
        }
    }
}
