using System.Collections.Immutable;
using Brink.Games.Text;
using Brink.Model.Situations;
using Brink.Model.Yaml;
using YamlDotNet.RepresentationModel;

namespace Brink.Model.Packs;

/// <summary>
/// Reads and validates <c>pack.yaml</c>. Every catalog parameter must be set (the model is all data; nothing
/// hides in code), every value must lie in its definition's range, and unknown keys are errors with line and column.
/// </summary>
public static partial class PackLoader
{
    /// <summary>The pack file's name inside a pack directory.</summary>
    public const string FileName = "pack.yaml";

    private static readonly string[] TopKeys = ["id", "version", "focal", "objectives", "responses", "parameters", "free", "fitted"];
    private static readonly string[] FreeKeys = ["prior_scale", "lower", "upper"];
    private static readonly string[] ObjectiveNames = ["survival", "influence", "legitimacy", "economy", "face"];
    private static readonly string[] ProfileNames = ["intensity", "answers_military", "answers_covert", "answers_economic", "answers_proxy"];
    private static readonly string[] ResponseKeys = [.. ObjectiveNames, .. ProfileNames];

    /// <summary>Loads <c>pack.yaml</c> from a pack directory; throws <see cref="LocatedFormatException"/> on bad input.</summary>
    public static ModelPack Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string path = Path.Combine(directory, FileName);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses pack text; throws the first error.</summary>
    public static ModelPack Parse(string text, string path)
    {
        var (pack, errors) = Read(text, path);
        return errors.Count > 0 ? throw errors[0] : pack!;
    }

    /// <summary>Every error of the pack text in document order.</summary>
    public static IReadOnlyList<LocatedFormatException> Validate(string text, string path) => Read(text, path).Errors;

    private static (ModelPack? Pack, IReadOnlyList<LocatedFormatException> Errors) Read(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        var fields = new YamlFieldReader();
        var pack = ReadPack(fields, text, path);
        var errors = fields.Issues.OrderBy(i => i.Line).ThenBy(i => i.Column)
            .Select(i => new LocatedFormatException(path, i.Line, i.Column, i.Expected, i.Found)).ToList();
        return (errors.Count == 0 ? pack : null, errors);
    }

    private static ModelPack? ReadPack(YamlFieldReader fields, string text, string path)
    {
        if (fields.Root(text) is not { } root)
        {
            return null;
        }

        var top = fields.Entries(root, TopKeys);
        string id = fields.Required(top, root, "id") is { } idNode ? fields.Scalar(idNode) ?? string.Empty : string.Empty;
        string version = fields.Required(top, root, "version") is { } v ? fields.Scalar(v) ?? string.Empty : string.Empty;
        var focal = ReadFocal(fields, fields.Required(top, root, "focal"));
        double[] values = new double[ParameterCatalog.All.Length];
        var set = new bool[values.Length];
        var objectivesNode = fields.Required(top, root, "objectives");
        if (objectivesNode is not null && fields.Mapping(objectivesNode) is { } objectives)
        {
            foreach (var (name, node) in fields.Entries(objectives, ObjectiveNames))
            {
                Assign(fields, ParameterCatalog.Find("weights." + name)!, node, values, set);
            }
        }

        var (effects, profiles) = ReadResponses(fields, fields.Required(top, root, "responses"));
        if (fields.Required(top, root, "parameters") is { } parametersNode && fields.Mapping(parametersNode) is { } parameters)
        {
            ReadParameters(fields, parameters, values, set);
            foreach (var missing in ParameterCatalog.All.Where(p => !set[p.Index]))
            {
                fields.Report(missing.Name.StartsWith("weights.", StringComparison.Ordinal) ? objectivesNode ?? root : parametersNode, YamlMessages.RequiredKey + missing.Name, "nothing");
            }
        }

        var free = top.TryGetValue("free", out var freeNode) ? ReadFree(fields, freeNode, values) : [];
        var fitted = top.TryGetValue("fitted", out var fittedNode) ? ReadFitted(fields, fittedNode, free, values) : null;
        return new ModelPack(id, version, focal, [.. values], effects, profiles, free, path) { Fitted = fitted };
    }

    private static ImmutableArray<string> ReadFocal(YamlFieldReader fields, YamlNode? node)
    {
        if (node is null)
        {
            return [];
        }

        var actors = node is YamlScalarNode scalar
            ? [scalar.Value ?? string.Empty]
            : fields.Sequence(node)?.Children.Select(fields.Scalar).OfType<string>().ToImmutableArray() ?? [];
        if (actors.IsEmpty || actors.Any(string.IsNullOrWhiteSpace))
        {
            fields.Report(node, PackMessages.Focal, YamlFieldReader.Describe(node));
        }

        return actors;
    }

    private static void Assign(YamlFieldReader fields, ParameterDefinition definition, YamlNode node, double[] values, bool[] set)
    {
        values[definition.Index] = fields.Number(node, definition.Lower, definition.Upper, definition.Lower);
        set[definition.Index] = true;
    }

    private static void ReadParameters(YamlFieldReader fields, YamlMappingNode parameters, double[] values, bool[] set)
    {
        foreach (var (section, sectionNode) in fields.Entries(parameters, null))
        {
            if (fields.Mapping(sectionNode) is not { } mapping)
            {
                continue;
            }

            foreach (var (keyNode, valueNode) in mapping.Children)
            {
                string name = section + "." + fields.Scalar(keyNode);
                var definition = ParameterCatalog.Find(name);
                if (definition is null || name.StartsWith("weights.", StringComparison.Ordinal))
                {
                    fields.Report(keyNode, PackMessages.KnownParameter, name);
                }
                else if (set[definition.Index])
                {
                    fields.Report(keyNode, YamlMessages.UniqueKey, name);
                }
                else
                {
                    Assign(fields, definition, valueNode, values, set);
                }
            }
        }
    }

    private static (ImmutableArray<ImmutableArray<double>> Effects, ImmutableArray<ResponseProfile> Profiles) ReadResponses(YamlFieldReader fields, YamlNode? node)
    {
        var rows = ResponseCategories.All.Select(_ => new double[ResponseKeys.Length]).ToArray();
        if (node is not null && fields.Mapping(node) is { } mapping)
        {
            foreach (var (keyNode, rowNode) in mapping.Children)
            {
                if (fields.Scalar(keyNode) is not { } name)
                {
                    continue;
                }

                if (!ResponseCategories.TryParse(name, out var category))
                {
                    fields.Report(keyNode, PackMessages.Category, name);
                    continue;
                }

                if (fields.Mapping(rowNode) is not { } row)
                {
                    continue;
                }

                var entries = fields.Entries(row, ResponseKeys);
                foreach (var (key, valueNode) in entries)
                {
                    int column = Array.IndexOf(ResponseKeys, key);
                    rows[(int)category][column] = column < ObjectiveNames.Length ? fields.Number(valueNode, -5, 5, 0) : fields.Fraction(valueNode, 0);
                }

                foreach (var missing in ProfileNames.Where(k => !entries.ContainsKey(k)))
                {
                    fields.Report(row, YamlMessages.RequiredKey + missing, "nothing");
                }
            }
        }

        return (
            [.. rows.Select(r => r.AsSpan(0, ObjectiveNames.Length).ToArray().ToImmutableArray())],
            [.. rows.Select(r => new ResponseProfile(r[5], r[6], r[7], r[8], r[9]))]);
    }

    private static ImmutableArray<FreeParameter> ReadFree(YamlFieldReader fields, YamlNode node, double[] values)
    {
        var result = ImmutableArray.CreateBuilder<FreeParameter>();
        if (fields.Mapping(node) is not { } mapping)
        {
            return [];
        }

        foreach (var (keyNode, specNode) in mapping.Children)
        {
            var definition = fields.Scalar(keyNode) is { } name ? ParameterCatalog.Find(name) : null;
            if (definition is null)
            {
                fields.Report(keyNode, PackMessages.KnownParameter, YamlFieldReader.Describe(keyNode));
                continue;
            }

            if (fields.Mapping(specNode) is not { } spec)
            {
                continue;
            }

            var e = fields.Entries(spec, FreeKeys);
            double scale = fields.Number(fields.Required(e, spec, "prior_scale"), 1e-9, 1e6, 1);
            double lower = fields.Number(e.GetValueOrDefault("lower"), definition.Lower, definition.Upper, definition.Lower);
            double upper = fields.Number(e.GetValueOrDefault("upper"), definition.Lower, definition.Upper, definition.Upper);
            if (lower > values[definition.Index] || values[definition.Index] > upper)
            {
                fields.Report(specNode, PackMessages.FreeBounds, $"{lower}..{upper}");
            }

            result.Add(new FreeParameter(definition, scale, lower, upper) { Default = values[definition.Index] });
        }

        return result.ToImmutable();
    }
}
