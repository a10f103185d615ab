using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Brink.Model.Situations;

namespace Brink.Model.Dynamics;

/// <summary>
/// A family of crisis policies (<c>brink optimize --policy-space FILE</c>): a policy file written as a template
/// with <c>$name</c> placeholders, and per placeholder a range of values to search. Invariant: every placeholder in
/// the template is a parameter and every parameter occurs in it (checked by <see cref="PolicySpaceLoader"/>).
/// </summary>
public sealed partial class PolicySpace
{
    internal PolicySpace(string path, string templatePath, string template, ImmutableArray<PolicySpaceParameter> parameters)
    {
        Path = path;
        TemplatePath = templatePath;
        Template = template;
        Parameters = parameters;
    }

    /// <summary>The space file.</summary>
    public string Path { get; }

    /// <summary>The template policy file.</summary>
    public string TemplatePath { get; }

    /// <summary>The template's text.</summary>
    public string Template { get; }

    /// <summary>The searched parameters, in file order.</summary>
    public ImmutableArray<PolicySpaceParameter> Parameters { get; }

    /// <summary>Number of grid points: the product of the levels.</summary>
    public long PointCount => Parameters.Aggregate(1L, (n, p) => n * p.Levels);

    /// <summary>The parameter values of grid point <paramref name="index"/> (the first parameter varies slowest).</summary>
    public ImmutableArray<double> Values(long index)
    {
        var values = new double[Parameters.Length];
        for (int i = Parameters.Length - 1; i >= 0; i--)
        {
            values[i] = Parameters[i].Value((int)(index % Parameters[i].Levels));
            index /= Parameters[i].Levels;
        }

        return [.. values];
    }

    /// <summary>The policy at <paramref name="values"/>, read against <paramref name="situation"/>; a bad result names the template.</summary>
    public CrisisPolicy Instantiate(IReadOnlyList<double> values, Situation situation, int horizon) =>
        PolicyLoader.Parse(Text(values), TemplatePath, situation, horizon);

    /// <summary>The policy file at <paramref name="values"/>: the template with every parameter filled in (round-trip precision).</summary>
    public string Text(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Placeholder().Replace(Template, match =>
        {
            // Only parameters are filled in; a $word in a comment that names none is left as it is.
            int index = Parameters.Select(p => p.Name).ToList().IndexOf(match.Groups[1].Value);
            return index < 0 ? match.Value : values[index].ToString("R", CultureInfo.InvariantCulture);
        });
    }

    /// <summary>The <c>$name</c> placeholders of a template.</summary>
    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    internal static partial Regex Placeholder();
}
