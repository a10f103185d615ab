using System.Text.Json.Serialization;

namespace Brink.Analysis.Runs;

/// <summary>
/// The run store's <c>arguments</c> column: a compact JSON array of strings, in the serializer's default style (not
/// <see cref="Brink.Analysis.Output.JsonOutput"/>'s indented one), as every store written so far holds it.
/// </summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class RunArgumentsJsonContext : JsonSerializerContext;
