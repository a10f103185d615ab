using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Brink.Model.Yaml;

/// <summary>
/// Typed reads from the YAML representation model that record every problem with the node's line and column
/// and carry on with a fallback value, so one pass reports all of a file's errors (for <c>brink check</c>).
/// Shared by the situation and pack loaders so both speak the same <c>file:line:col: expected X, found 'Y'</c>.
/// </summary>
internal sealed class YamlFieldReader
{
    private readonly List<YamlIssue> issues = [];

    public IReadOnlyList<YamlIssue> Issues => issues;

    public void Report(YamlNode node, string expected, string found) =>
        issues.Add(new YamlIssue((int)node.Start.Line, (int)node.Start.Column, expected, found));

    /// <summary>Parses the text into its root mapping, or null after recording why it cannot.</summary>
    public YamlMappingNode? Root(string text)
    {
        if (YamlText.TryLoad(text, out var error) is not { } stream)
        {
            issues.Add(error.DuplicateKey
                ? new YamlIssue(error.Line, error.Column, YamlMessages.UniqueKey, KeyAt(text, error.Line, error.Column))
                : new YamlIssue(error.Line, error.Column, error.Expected ?? YamlMessages.WellFormedYaml, error.Found));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            issues.Add(new YamlIssue(1, 1, YamlMessages.Mapping, "an empty file"));
            return null;
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

    public YamlMappingNode? Mapping(YamlNode node)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Report(node, YamlMessages.Mapping, Describe(node));
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Report(node, YamlMessages.Sequence, Describe(node));
        return null;
    }

    public string? Scalar(YamlNode node)
    {
        if (node is YamlScalarNode { Value: { } value })
        {
            return value;
        }

        Report(node, YamlMessages.Scalar, Describe(node));
        return null;
    }

    /// <summary>The mapping's entries by key in file order; keys outside <paramref name="allowed"/> are reported.</summary>
    public Dictionary<string, YamlNode> Entries(YamlMappingNode mapping, IReadOnlyCollection<string>? allowed) =>
        Entries(mapping, allowed, static (_, value) => value);

    /// <summary>As <see cref="Entries(YamlMappingNode, IReadOnlyCollection{string})"/>, each value with its key's node (for locating errors about the key).</summary>
    public Dictionary<string, (YamlScalarNode Key, YamlNode Value)> KeyedEntries(YamlMappingNode mapping, IReadOnlyCollection<string>? allowed) =>
        Entries(mapping, allowed, static (key, value) => (key, value));

    /// <summary>The one walk over a mapping's keys: unknown, duplicate and non-scalar keys are reported, never kept.</summary>
    private Dictionary<string, T> Entries<T>(YamlMappingNode mapping, IReadOnlyCollection<string>? allowed, Func<YamlScalarNode, YamlNode, T> entry)
    {
        var entries = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            string? key = Scalar(keyNode);
            if (key is null)
            {
                continue;
            }

            if (allowed is not null && !allowed.Contains(key))
            {
                Report(keyNode, YamlMessages.KnownKey + string.Join(", ", allowed), key);
                continue;
            }

            // Scalar returned a value, so the key is a scalar node.
            if (!entries.TryAdd(key, entry((YamlScalarNode)keyNode, value)))
            {
                Report(keyNode, YamlMessages.UniqueKey, key);
            }
        }

        return entries;
    }

    public YamlNode? Required(Dictionary<string, YamlNode> entries, YamlNode owner, string key)
    {
        if (entries.TryGetValue(key, out var value))
        {
            return value;
        }

        Report(owner, YamlMessages.RequiredKey + key, "nothing");
        return null;
    }

    public double Number(YamlNode? node, double lower, double upper, double fallback)
    {
        if (node is null || Scalar(node) is not { } text)
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            Report(node, YamlMessages.Number, text);
            return fallback;
        }

        if (value < lower || value > upper)
        {
            Report(node, string.Create(CultureInfo.InvariantCulture, $"{YamlMessages.NumberInRange}{lower}..{upper}"), text);
            return fallback;
        }

        return value;
    }

    public double Fraction(YamlNode? node, double fallback) => Number(node, 0, 1, fallback);

    public int? WholeNumber(YamlNode? node, int lower, int upper)
    {
        if (node is null || Scalar(node) is not { } text)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value < lower || value > upper)
        {
            Report(node, string.Create(CultureInfo.InvariantCulture, $"{YamlMessages.WholeNumber}{lower}..{upper}"), text);
            return null;
        }

        return value;
    }

    public bool Boolean(YamlNode? node, bool fallback)
    {
        if (node is null || Scalar(node) is not { } text)
        {
            return fallback;
        }

        switch (text)
        {
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
            default:
                Report(node, YamlMessages.Boolean, text);
                return fallback;
        }
    }

    private static string KeyAt(string text, int markLine, int markColumn)
    {
        string[] lines = text.Split('\n');
        int line = markLine - 1;
        if (line < 0 || line >= lines.Length)
        {
            return string.Empty;
        }

        string rest = lines[line][Math.Min(lines[line].Length, Math.Max(0, markColumn - 1))..];
        int colon = rest.IndexOf(':', StringComparison.Ordinal);
        return (colon >= 0 ? rest[..colon] : rest).Trim();
    }
}
