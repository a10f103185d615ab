using System.Text.Json.Serialization;
using Brink.Web.Games;
using Brink.Web.Jobs;
using Brink.Web.Runs;

namespace Brink.Web.Api;

/// <summary>
/// Source-generated JSON metadata of the workbench's own request bodies and answers, in
/// <see cref="Brink.Analysis.Output.JsonOutput"/>'s style (the same options as
/// <see cref="Brink.Analysis.Output.AnalysisJsonContext"/>, which holds the Brink.Analysis results the API answers
/// with as they are). Both are in the host's JSON options too, which the OpenAPI document reads its schemas from;
/// the parameter types are here for it.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(ApiError))]
[JsonSerializable(typeof(IReadOnlyList<ApiError>))]
[JsonSerializable(typeof(HealthView))]
[JsonSerializable(typeof(IReadOnlyList<SituationEntry>))]
[JsonSerializable(typeof(SavedSituation))]
[JsonSerializable(typeof(IReadOnlyList<InputView>))]
[JsonSerializable(typeof(WhatIfRequest))]
[JsonSerializable(typeof(WhatIfAnswer))]
[JsonSerializable(typeof(CompareRequest))]
[JsonSerializable(typeof(BacktestRequest))]
[JsonSerializable(typeof(BacktestAnswer))]
[JsonSerializable(typeof(SweepRequest))]
[JsonSerializable(typeof(SweepAnswer))]
[JsonSerializable(typeof(JobView))]
[JsonSerializable(typeof(DeletedRun))]
[JsonSerializable(typeof(RerunVerdict))]
[JsonSerializable(typeof(GameView))]
[JsonSerializable(typeof(SolveAnswer))]
[JsonSerializable(typeof(PayoffEditRequest))]
[JsonSerializable(typeof(PayoffEditAnswer))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
