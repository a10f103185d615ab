using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Brink.Analysis.Output;

/// <summary>
/// The one JSON style of Brink's shells: snake_case keys (dictionary keys as they are), indented, named NaN and
/// infinities. The CLI's <c>--json</c> output and the workbench's API both serialise through it, so the same result
/// reads the same in either. The metadata is source-generated (<see cref="AnalysisJsonContext"/> and each shell's
/// own context, all declaring this style), as Native AOT requires.
/// </summary>
public static class JsonOutput
{
    /// <summary>Serialises <paramref name="value"/> in Brink's JSON style.</summary>
    /// <exception cref="ArgumentException"><paramref name="type"/> comes from a context not declaring the style.</exception>
    public static string Serialize<T>(T value, JsonTypeInfo<T> type) =>
        JsonSerializer.Serialize(value, InStyle(type));

    /// <summary>Reads JSON written in Brink's JSON style; null for the literal <c>null</c>.</summary>
    /// <exception cref="JsonException">The text is not JSON of that type.</exception>
    public static T? Deserialize<T>(string json, JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(json, InStyle(type));

    /// <summary>
    /// Whether <paramref name="options"/> are Brink's style. A context's options come from its
    /// <see cref="JsonSourceGenerationOptionsAttribute"/>, written once per assembly: this catches one that drifts.
    /// </summary>
    public static bool IsStyle(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.PropertyNamingPolicy == JsonNamingPolicy.SnakeCaseLower && options.DictionaryKeyPolicy is null
            && options.WriteIndented && options.NumberHandling == JsonNumberHandling.AllowNamedFloatingPointLiterals;
    }

    private static JsonTypeInfo<T> InStyle<T>(JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return IsStyle(type.Options)
            ? type
            : throw new ArgumentException($"the JSON metadata of {typeof(T).Name} is not in Brink's style (snake_case, indented, named floating-point literals)", nameof(type));
    }
}
