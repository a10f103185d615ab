using System.Globalization;
using Brink.Games.Text;
using Brink.Model.Yaml;
using YamlDotNet.RepresentationModel;

namespace Brink.Model.Dynamics;

/// <summary>
/// The model's one YAML reader (<see cref="YamlFieldReader"/>) in its stop-at-the-first-error form, for the dynamics,
/// policy and policy-space files: each read throws the reader's first recorded issue as a
/// <see cref="LocatedFormatException"/>, so every file reads and words its errors the same way.
/// </summary>
internal sealed class YamlCursor(string path)
{
    private readonly YamlFieldReader reader = new();

    public string Path { get; } = path;

    public LocatedFormatException Error(YamlNode node, string expected, string found) =>
        new(Path, (int)node.Start.Line, (int)node.Start.Column, expected, found);

    /// <summary>The root mapping of the YAML document <paramref name="text"/>.</summary>
    public YamlMappingNode Root(string text) => Checked(reader.Root(text));

    public static string Describe(YamlNode node) => YamlFieldReader.Describe(node);

    public YamlMappingNode Mapping(YamlNode node) => Checked(reader.Mapping(node));

    public YamlSequenceNode Sequence(YamlNode node) => Checked(reader.Sequence(node));

    public string Scalar(YamlNode node) => Checked(reader.Scalar(node));

    /// <summary>The mapping's entries by key, rejecting any key outside <paramref name="allowed"/>.</summary>
    public Dictionary<string, (YamlScalarNode Key, YamlNode Value)> Entries(YamlMappingNode mapping, IReadOnlyCollection<string>? allowed) =>
        Checked(reader.KeyedEntries(mapping, allowed));

    public YamlNode Required(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries, YamlNode owner, string key) =>
        entries.TryGetValue(key, out var entry) ? entry.Value : throw Error(owner, YamlMessages.RequiredKey + key, "nothing");

    public double Number(YamlNode node, double lower, double upper)
    {
        double value = reader.Number(node, lower, upper, double.NaN);
        Checked(reader);
        return value;
    }

    /// <summary>A whole number: out of range reads as a range error, a fraction in range as "a whole number".</summary>
    public int WholeNumber(YamlNode node, int lower, int upper)
    {
        double value = Number(node, lower, upper);
        return value == Math.Floor(value)
            ? (int)value
            : throw Error(node, string.Create(CultureInfo.InvariantCulture, $"{YamlMessages.WholeNumber}{lower}..{upper}"), Scalar(node));
    }

    private T Checked<T>(T? value)
        where T : class
    {
        if (reader.Issues.Count > 0)
        {
            var issue = reader.Issues[0];
            throw new LocatedFormatException(Path, issue.Line, issue.Column, issue.Expected, issue.Found);
        }

        return value ?? throw new InvalidOperationException("the YAML reader returned nothing without recording why");
    }
}
