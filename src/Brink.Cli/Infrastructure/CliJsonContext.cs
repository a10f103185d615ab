using System.Text.Json.Serialization;
using Brink.Cli.Commands.Ablate;

namespace Brink.Cli.Infrastructure;

/// <summary>
/// Source-generated JSON metadata of the CLI's own <c>--json</c> shapes, in <see cref="Brink.Analysis.Output.JsonOutput"/>'s
/// style (the same options as <see cref="Brink.Analysis.Output.AnalysisJsonContext"/>, which holds Brink.Analysis's types).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(IReadOnlyList<AblationJsonRow>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
