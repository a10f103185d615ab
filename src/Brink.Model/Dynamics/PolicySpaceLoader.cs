using System.Collections.Immutable;
using Brink.Games.Text;
using YamlDotNet.RepresentationModel;

namespace Brink.Model.Dynamics;

/// <summary>
/// Reads a policy space (docs/simulation.md, "Searching a policy space"): <c>template</c>, a policy file (path
/// relative to the space file) with <c>$name</c> placeholders, and <c>parameters</c>, per name
/// <c>{from, to, levels, whole}</c>. Errors are <see cref="LocatedFormatException"/>s with line and column.
/// </summary>
public static class PolicySpaceLoader
{
    private static readonly string[] TopKeys = ["description", "template", "parameters"];
    private static readonly string[] ParameterKeys = ["from", "to", "levels", "whole"];

    /// <summary>The most grid points a space may have.</summary>
    public const long MaxPoints = 400;

    /// <summary>Reads and validates the file at <paramref name="path"/> and its template.</summary>
    public static PolicySpace Load(string path)
    {
        var cursor = new YamlCursor(path);
        var root = cursor.Root(File.ReadAllText(path));
        var top = cursor.Entries(root, TopKeys);
        var templateNode = cursor.Required(top, root, "template");
        string templatePath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", cursor.Scalar(templateNode)));
        if (!File.Exists(templatePath))
        {
            throw cursor.Error(templateNode, DynamicsMessages.TemplateFile, cursor.Scalar(templateNode));
        }

        string template = File.ReadAllText(templatePath);

        // Placeholders are looked for outside whole-line comments, so a template's comments may speak of $name freely.
        string body = string.Join('\n', template.Split('\n').Where(line => !line.TrimStart().StartsWith('#')));
        var parametersNode = cursor.Mapping(cursor.Required(top, root, "parameters"));
        var parameters = ImmutableArray.CreateBuilder<PolicySpaceParameter>();
        foreach (var (name, (key, value)) in cursor.Entries(parametersNode, null))
        {
            if (!PolicySpace.Placeholder().IsMatch("$" + name) || PolicySpace.Placeholder().Match("$" + name).Groups[1].Value != name || !body.Contains("$" + name, StringComparison.Ordinal))
            {
                throw cursor.Error(key, DynamicsMessages.TemplateParameter, name);
            }

            var fields = cursor.Entries(cursor.Mapping(value), ParameterKeys);
            double from = cursor.Number(cursor.Required(fields, value, "from"), -1e6, 1e6);
            double to = cursor.Number(cursor.Required(fields, value, "to"), from, 1e6);
            int levels = cursor.WholeNumber(cursor.Required(fields, value, "levels"), 1, (int)MaxPoints);
            bool whole = fields.TryGetValue("whole", out var wholeNode) && cursor.Scalar(wholeNode.Value) == "true";
            parameters.Add(new PolicySpaceParameter(name, from, to, levels, whole));
        }

        foreach (System.Text.RegularExpressions.Match match in PolicySpace.Placeholder().Matches(body))
        {
            if (!parameters.Any(p => p.Name == match.Groups[1].Value))
            {
                throw cursor.Error(parametersNode, DynamicsMessages.RequiredKey + match.Groups[1].Value, "nothing");
            }
        }

        var space = new PolicySpace(path, templatePath, template, parameters.ToImmutable());
        if (space.PointCount > MaxPoints)
        {
            throw cursor.Error(parametersNode, DynamicsMessages.PolicySpaceSize, space.PointCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return space;
    }
}
