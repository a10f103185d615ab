using System.Text.Json;
using System.Text.Json.Serialization;

namespace Brink.Analysis.Output;

/// <summary>
/// The one JSON style of Brink's shells: snake_case keys, indented, invariant numbers. The CLI's <c>--json</c>
/// output and the workbench's API both serialise through it, so the same result reads the same in either.
/// </summary>
public static class JsonOutput
{
    /// <summary>The serializer options every shell uses.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Serialises <paramref name="value"/> in Brink's JSON style.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
