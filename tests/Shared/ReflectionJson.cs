using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Brink.Testing;

/// <summary>
/// Reflection-based System.Text.Json, which every build switches off by default
/// (<c>JsonSerializerIsReflectionEnabledByDefault</c> in Directory.Build.props, so that code under test without
/// source-generated metadata fails here rather than in the Native AOT binary). Tests opt back in explicitly, only for
/// JSON the test itself writes: request bodies built from anonymous objects, and the bytes the reflection
/// serializer wrote in Brink's style, which the source-generated metadata must reproduce.
/// </summary>
internal static class ReflectionJson
{
    private static readonly JsonSerializerOptions Plain = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    /// <summary>Brink's JSON style (Brink.Analysis.Output.JsonOutput) as the reflection serializer wrote it.</summary>
    private static readonly JsonSerializerOptions BrinkStyle = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The serializer's default style: PascalCase names, compact (what a request body built from an anonymous object reads as).</summary>
    public static string Serialize(object value) => JsonSerializer.Serialize(value, value.GetType(), Plain);

    /// <summary>Brink's style: snake_case names, indented, named NaN and infinities.</summary>
    public static string InBrinkStyle<T>(T value) => JsonSerializer.Serialize(value, BrinkStyle);
}
