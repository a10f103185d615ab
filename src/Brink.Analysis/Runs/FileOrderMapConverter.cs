using System.Text.Json;
using System.Text.Json.Serialization;
using Brink.Analysis.Output;

namespace Brink.Analysis.Runs;

/// <summary>
/// Reads a JSON object of numbers into a map that keeps the file's key order. Stored maps are written in a
/// meaningful order (the ladder's responses, the objectives) and reports show them in it; a plain dictionary
/// does not promise any order.
/// </summary>
internal sealed class FileOrderMapConverter : JsonConverter<IReadOnlyDictionary<string, double>>
{
    public override IReadOnlyDictionary<string, double> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"expected an object of numbers, found {reader.TokenType}");
        }

        var map = new OrderedDictionary<string, double>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string key = reader.GetString()!;
            reader.Read();
            map[key] = JsonSerializer.Deserialize(ref reader, AnalysisJsonContext.Default.Double);
        }

        return map;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, double> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, number) in value)
        {
            writer.WritePropertyName(key);
            JsonSerializer.Serialize(writer, number, AnalysisJsonContext.Default.Double);
        }

        writer.WriteEndObject();
    }
}
