using System.Text.Json;
using System.Text.Json.Serialization;

namespace Brink.Cli.Infrastructure;

/// <summary>The one JSON style of the CLI: snake_case keys, indented, invariant numbers.</summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
