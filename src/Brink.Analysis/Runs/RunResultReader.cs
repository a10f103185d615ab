using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Brink.Analysis.Backtest;
using Brink.Analysis.Fitting;
using Brink.Analysis.Simulation;
using Brink.Analysis.Sweeps;
using Brink.Model.Prediction;

namespace Brink.Analysis.Runs;

/// <summary>
/// Reads a stored result back into its typed record (<see cref="RunResult"/> wrote it). Runs stored by an older
/// brink lack the members added since, so nothing is required on reading: a missing member reads as null, an empty
/// collection as default, and whoever draws it says that the run predates it.
/// </summary>
public static class RunResultReader
{
    private static readonly JsonSerializerOptions Options = new(RunResultJsonContext.Default.Options)
    {
        TypeInfoResolver = RunResultJsonContext.Default.WithAddedModifier(NothingRequired),
        Converters = { new FileOrderMapConverter() },
    };

    /// <summary>A <see cref="RunKinds.Predict"/> run's result.</summary>
    /// <exception cref="JsonException">The text is not such a result.</exception>
    public static PredictionResult Prediction(string json) => Read<PredictionResult>(json);

    /// <summary>A <see cref="RunKinds.Simulate"/> run's result.</summary>
    /// <exception cref="JsonException">The text is not such a result.</exception>
    public static SimulationResult Simulation(string json) => Read<SimulationResult>(json);

    /// <summary>A <see cref="RunKinds.Sweep"/> run's result.</summary>
    /// <exception cref="JsonException">The text is not such a result.</exception>
    public static SweepSummary Sweep(string json) => Read<SweepSummary>(json);

    /// <summary>A <see cref="RunKinds.Fit"/> run's result.</summary>
    /// <exception cref="JsonException">The text is not such a result.</exception>
    public static FitReport Fit(string json) => Read<FitReport>(json);

    /// <summary>A <see cref="RunKinds.Backtest"/> run's result.</summary>
    /// <exception cref="JsonException">The text is not such a result.</exception>
    public static BacktestReport Backtest(string json) => Read<BacktestReport>(json);

    private static T Read<T>(string json)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        var type = (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
        return JsonSerializer.Deserialize(json, type) ?? throw new JsonException($"expected a {typeof(T).Name}, found null");
    }

    /// <summary>Members marked <c>required</c> for the code that builds results are optional in old stored ones.</summary>
    private static void NothingRequired(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            property.IsRequired = false;
        }
    }
}
