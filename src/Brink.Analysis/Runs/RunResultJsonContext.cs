using System.Text.Json.Serialization;
using Brink.Analysis.Backtest;
using Brink.Analysis.Fitting;
using Brink.Analysis.Simulation;
using Brink.Analysis.Sweeps;
using Brink.Model.Prediction;

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
[JsonSerializable(typeof(PredictionResult))]
[JsonSerializable(typeof(SimulationResult))]
[JsonSerializable(typeof(SweepSummary))]
[JsonSerializable(typeof(FitReport))]
[JsonSerializable(typeof(BacktestReport))]
internal sealed partial class RunResultJsonContext : JsonSerializerContext;
