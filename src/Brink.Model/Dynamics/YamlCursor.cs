using System.Globalization;
using Brink.Games.Text;
using YamlDotNet.RepresentationModel;

namespace Brink.Model.Dynamics;

/// <summary>Typed reads from the YAML representation model that fail with the node's line and column.</summary>
internal sealed class YamlCursor(string path)
{
    public string Path { get; } = path;

    public LocatedFormatException Error(YamlNode node, string expected, string found) =>
        new(Path, (int)node.Start.Line, (int)node.Start.Column, expected, found);

    /// <summary>The root mapping of the YAML document <paramref name="text"/>.</summary>
    public YamlMappingNode Root(string text)
    {
        if (Yaml.YamlText.TryLoad(text, out var error) is not { } stream)
        {
            throw new LocatedFormatException(Path, error.Line, error.Column, error.Expected ?? DynamicsMessages.WellFormedYaml, error.Found);
        }

        if (stream.Documents.Count == 0)
        {
            throw new LocatedFormatException(Path, 1, 1, DynamicsMessages.Mapping, "nothing");
        }

        return Mapping(stream.Documents[0].RootNode);
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? string.Empty,
        YamlSequenceNode => "a sequence",
        YamlMappingNode => "a mapping",
        _ => node.NodeType.ToString(),
    };

    public YamlMappingNode Mapping(YamlNode node) =>
        node as YamlMappingNode ?? throw Error(node, DynamicsMessages.Mapping, Describe(node));

    public YamlSequenceNode Sequence(YamlNode node) =>
        node as YamlSequenceNode ?? throw Error(node, DynamicsMessages.Sequence, Describe(node));

    public string Scalar(YamlNode node) =>
        (node as YamlScalarNode)?.Value ?? throw Error(node, DynamicsMessages.Scalar, Describe(node));

    /// <summary>The mapping's entries by key, rejecting any key outside <paramref name="allowed"/>.</summary>
    public Dictionary<string, (YamlScalarNode Key, YamlNode Value)> Entries(YamlMappingNode mapping, IReadOnlyCollection<string>? allowed)
    {
        var entries = new Dictionary<string, (YamlScalarNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            string key = Scalar(keyNode);
            if (allowed is not null && !allowed.Contains(key))
            {
                throw Error(keyNode, DynamicsMessages.KnownKey + string.Join(", ", allowed), key);
            }

            if (!entries.TryAdd(key, ((YamlScalarNode)keyNode, value)))
            {
                throw Error(keyNode, DynamicsMessages.UniqueKey, key);
            }
        }

        return entries;
    }

    public YamlNode Required(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries, YamlNode owner, string key) =>
        entries.TryGetValue(key, out var entry) ? entry.Value : throw Error(owner, DynamicsMessages.RequiredKey + key, "nothing");

    public double Number(YamlNode node, double lower, double upper)
    {
        string text = Scalar(node);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            throw Error(node, DynamicsMessages.Number, text);
        }

        if (value < lower || value > upper)
        {
            throw Error(node, string.Create(CultureInfo.InvariantCulture, $"{DynamicsMessages.NumberInRange}[{lower}, {upper}]"), text);
        }

        return value;
    }

    public int WholeNumber(YamlNode node, int lower, int upper)
    {
        double value = Number(node, lower, upper);
        return value == Math.Floor(value)
            ? (int)value
            : throw Error(node, string.Create(CultureInfo.InvariantCulture, $"{DynamicsMessages.WholeNumber}[{lower}, {upper}]"), Scalar(node));
    }
}
