using System.Collections.Immutable;
using System.Globalization;
using Brink.Model.Uncertainty;
using Brink.Model.Yaml;
using YamlDotNet.RepresentationModel;

namespace Brink.Model.Packs;

/// <summary>The <c>fitted:</c> block: values, standard errors, covariance, data and scores.</summary>
public static partial class PackLoader
{
    private static readonly string[] FittedKeys = ["values", "standard_errors", "covariance", "data", "scores"];
    private static readonly string[] FittedDataKeys = ["cases", "sha256", "ids"];

    /// <summary>Reads the fitted block and applies its values (free parameters only, within their bounds).</summary>
    private static FitRecord? ReadFitted(YamlFieldReader fields, YamlNode node, ImmutableArray<FreeParameter> free, double[] values)
    {
        if (fields.Mapping(node) is not { } mapping)
        {
            return null;
        }

        var entries = fields.Entries(mapping, FittedKeys);
        var fittedValues = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        var order = new List<string>();
        if (fields.Required(entries, mapping, "values") is { } valuesNode && fields.Mapping(valuesNode) is { } valuesMap)
        {
            foreach (var (keyNode, valueNode) in valuesMap.Children)
            {
                string name = fields.Scalar(keyNode) ?? string.Empty;
                var parameter = free.FirstOrDefault(f => f.Definition.Name == name);
                if (parameter is null)
                {
                    fields.Report(keyNode, PackMessages.FreeParameter, name);
                    continue;
                }

                double value = fields.Number(valueNode, parameter.Lower, parameter.Upper, parameter.Default);
                values[parameter.Definition.Index] = value;
                fittedValues[name] = value;
                order.Add(name);
            }
        }

        var errors = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        if (entries.TryGetValue("standard_errors", out var errorsNode) && fields.Mapping(errorsNode) is { } errorsMap)
        {
            foreach (var (keyNode, valueNode) in errorsMap.Children)
            {
                string name = fields.Scalar(keyNode) ?? string.Empty;
                if (!fittedValues.ContainsKey(name))
                {
                    fields.Report(keyNode, PackMessages.FreeParameter, name);
                    continue;
                }

                errors[name] = fields.Number(valueNode, 0, double.MaxValue, double.NaN);
            }
        }

        int cases = 0;
        string hash = string.Empty;
        ImmutableArray<string> ids = [];
        if (entries.TryGetValue("data", out var dataNode) && fields.Mapping(dataNode) is { } data)
        {
            var d = fields.Entries(data, FittedDataKeys);
            cases = fields.WholeNumber(d.GetValueOrDefault("cases"), 0, 1_000_000) ?? 0;
            hash = d.TryGetValue("sha256", out var h) ? fields.Scalar(h) ?? string.Empty : string.Empty;
            ids = d.TryGetValue("ids", out var idsNode) ? ReadCaseIds(fields, idsNode, cases) : [];
        }

        var scores = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        if (entries.TryGetValue("scores", out var scoresNode) && fields.Mapping(scoresNode) is { } scoresMap)
        {
            foreach (var (keyNode, valueNode) in scoresMap.Children)
            {
                scores[fields.Scalar(keyNode) ?? string.Empty] = fields.Number(valueNode, double.MinValue, double.MaxValue, double.NaN);
            }
        }

        var covariance = entries.TryGetValue("covariance", out var covarianceNode) ? ReadCovariance(fields, covarianceNode, order) : null;
        return new FitRecord(fittedValues.ToImmutable(), cases, hash, scores.ToImmutable())
        {
            StandardErrors = errors.ToImmutable(),
            Covariance = covariance,
            CaseIds = ids,
        };
    }

    /// <summary>The ids of the cases fitted on: distinct, non-empty and as many as <c>cases:</c> says.</summary>
    private static ImmutableArray<string> ReadCaseIds(YamlFieldReader fields, YamlNode node, int cases)
    {
        if (fields.Sequence(node) is not { } sequence)
        {
            return [];
        }

        var ids = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in sequence.Children)
        {
            if (fields.Scalar(item) is not { } id)
            {
                continue;
            }

            if (id.Length == 0 || !seen.Add(id))
            {
                fields.Report(item, PackMessages.CaseId, id);
                continue;
            }

            ids.Add(id);
        }

        if (sequence.Children.Count != cases)
        {
            fields.Report(node, PackMessages.CaseCount + cases.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{sequence.Children.Count} ids");
        }

        return ids.ToImmutable();
    }

    /// <summary>
    /// The covariance rows: one row of numbers per fitted value, in the order of <c>values</c>, forming a
    /// symmetric positive semidefinite matrix (within a tolerance of 1e-8 of its largest diagonal entry, the
    /// rounding of nine significant digits).
    /// </summary>
    private static ParameterCovariance? ReadCovariance(YamlFieldReader fields, YamlNode node, List<string> names)
    {
        if (fields.Sequence(node) is not { } sequence)
        {
            return null;
        }

        int n = names.Count;
        string shape = string.Create(CultureInfo.InvariantCulture, $"{PackMessages.CovarianceShape}{n} numbers each");
        if (sequence.Children.Count != n)
        {
            fields.Report(node, shape, string.Create(CultureInfo.InvariantCulture, $"{sequence.Children.Count} rows"));
            return null;
        }

        var matrix = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            if (fields.Sequence(sequence.Children[i]) is not { } row)
            {
                return null;
            }

            if (row.Children.Count != n)
            {
                fields.Report(row, shape, string.Create(CultureInfo.InvariantCulture, $"{row.Children.Count} numbers"));
                return null;
            }

            for (int j = 0; j < n; j++)
            {
                matrix[i, j] = fields.Number(row.Children[j], double.MinValue, double.MaxValue, double.NaN);
            }
        }

        double largest = Enumerable.Range(0, n).Select(i => Math.Abs(matrix[i, i])).DefaultIfEmpty(0).Max();
        double tolerance = 1e-8 * Math.Max(largest, double.Epsilon);
        if (Enumerable.Range(0, n).Any(i => Enumerable.Range(0, n).Any(j => double.IsNaN(matrix[i, j]))))
        {
            return null;
        }

        if (!SymmetricMatrix.IsSymmetric(matrix, tolerance) || SymmetricMatrix.Cholesky(matrix, tolerance) is null)
        {
            fields.Report(node, PackMessages.Covariance, "a matrix that is not");
            return null;
        }

        return new ParameterCovariance(
            [.. names],
            [.. Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => matrix[i, j]).ToImmutableArray())]);
    }
}
