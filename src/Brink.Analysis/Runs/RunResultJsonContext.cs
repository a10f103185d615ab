using System.Text.Json.Serialization;

namespace Brink.Analysis.Runs;

/// <summary>
/// Source-generated JSON metadata of every stored result type, in the style of
/// <see cref="Brink.Analysis.Output.JsonOutput.Options"/> (snake_case, indented, named NaN and infinities): the
/// bytes are those the reflection serializer wrote before, so stored runs still re-run and compare exactly.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(Brink.Model.Prediction.PredictionResult))]
[JsonSerializable(typeof(Brink.Analysis.Simulation.SimulationResult))]
[JsonSerializable(typeof(Brink.Analysis.Sweeps.SweepSummary))]
[JsonSerializable(typeof(Brink.Analysis.Fitting.FitReport))]
[JsonSerializable(typeof(Brink.Analysis.Backtest.BacktestReport))]
internal sealed partial class RunResultJsonContext : JsonSerializerContext;
