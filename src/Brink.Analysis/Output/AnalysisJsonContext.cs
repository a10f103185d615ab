using System.Text.Json.Serialization;

namespace Brink.Analysis.Output;

/// <summary>
/// Source-generated JSON metadata, in <see cref="JsonOutput"/>'s style, of every Brink.Analysis type a shell prints
/// or the run store keeps: the stored results, the run store's records and listings, the policy searches, the
/// sweep manifest and the comparison of two situations. Reflection-based serialization is off in every build (Native AOT has none), so a type serialised
/// without metadata here fails its tests instead of the published binary. A shell's own types live in the shell's
/// context with the same <see cref="JsonSourceGenerationOptionsAttribute"/> (<see cref="JsonOutput.Serialize"/>
/// checks it).
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
[JsonSerializable(typeof(Brink.Analysis.Sweeps.SweepManifest))]
[JsonSerializable(typeof(Brink.Analysis.Policy.PolicyResult))]
[JsonSerializable(typeof(Brink.Analysis.Policy.PolicySearchResult))]
[JsonSerializable(typeof(Brink.Analysis.WhatIf.ComparisonResult))]
[JsonSerializable(typeof(Brink.Analysis.Runs.RunRecord))]
[JsonSerializable(typeof(IReadOnlyList<Brink.Analysis.Runs.RunListing>))]
public sealed partial class AnalysisJsonContext : JsonSerializerContext;
