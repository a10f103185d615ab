using System.Globalization;
using System.Text;

namespace Brink.Analysis.Fitting;

/// <summary>
/// Writes a fit into a pack's YAML text: the documented defaults stay as they are (they are the prior), and a
/// top-level <c>fitted:</c> block, replacing any earlier one, records the fitted values, their standard errors and
/// covariance, the data's hash and the cross-validated scores. Everything else in the file, comments included, is kept.
/// </summary>
public static class FittedPackText
{
    /// <summary>
    /// The pack text with <paramref name="result"/> recorded, and the ids of the cases it was fitted on, so a
    /// backtest knows which cases the fitted values have seen.
    /// </summary>
    public static string With(string packText, FitResult result, IReadOnlyList<string> caseIds, string dataSha256, IReadOnlyDictionary<string, double> scores)
    {
        ArgumentNullException.ThrowIfNull(packText);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(caseIds);
        ArgumentNullException.ThrowIfNull(scores);
        var text = new StringBuilder(Without(packText).TrimEnd()).Append('\n').Append('\n');
        text.Append("# Written by `brink fit`: MAP estimates of the free parameters (prior: the defaults above), the data\n");
        text.Append("# they were fitted on, and cross-validated scores. Delete this block to return to the defaults.\n");
        text.Append("fitted:\n  values:\n");
        foreach (var p in result.Parameters)
        {
            text.Append(CultureInfo.InvariantCulture, $"    {p.Name}: {Format(p.Estimate)}\n");
        }

        var finite = result.Parameters.Where(p => double.IsFinite(p.StandardError)).ToList();
        if (finite.Count > 0)
        {
            text.Append("  standard_errors:\n");
            foreach (var p in finite)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {p.Name}: {Format(p.StandardError)}\n");
            }
        }

        // A Hessian with a non-finite entry (a posterior that failed to evaluate) leaves no covariance: readers
        // then fall back to the finite standard errors.
        if (result.Covariance.Length == result.Parameters.Length && result.Parameters.Length > 0
            && result.Covariance.All(row => row.All(double.IsFinite)))
        {
            text.Append("  # The posterior's Laplace approximation: the inverse Hessian at the MAP, one row per value above in\n");
            text.Append("  # that order; eigenvalues of the prior-standardised Hessian below 1 were raised to 1 (docs/model.md).\n");
            text.Append("  covariance:\n");
            foreach (var row in result.Covariance)
            {
                text.Append("    - [").AppendJoin(", ", row.Select(v => v.ToString("G9", CultureInfo.InvariantCulture))).Append("]\n");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"  data:\n    cases: {caseIds.Count}\n    sha256: \"{dataSha256}\"\n");
        text.Append(caseIds.Count == 0 ? "    ids: []\n" : "    ids:\n");
        foreach (var id in caseIds)
        {
            text.Append(CultureInfo.InvariantCulture, $"      - {Quote(id)}\n");
        }

        text.Append(scores.Count == 0 ? "  scores: {}\n" : "  scores:\n");
        foreach (var (name, value) in scores.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"    {name}: {Format(value)}\n");
        }

        return text.ToString();
    }

    /// <summary>The text without its top-level <c>fitted:</c> block and the comment lines just above it.</summary>
    public static string Without(string packText)
    {
        ArgumentNullException.ThrowIfNull(packText);
        var lines = packText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        int start = lines.FindIndex(l => l.StartsWith("fitted:", StringComparison.Ordinal));
        if (start < 0)
        {
            return packText;
        }

        int end = start + 1;
        while (end < lines.Count && (lines[end].Length == 0 || lines[end][0] == ' ' || lines[end][0] == '\t'))
        {
            end++;
        }

        while (start > 0 && lines[start - 1].StartsWith('#'))
        {
            start--;
        }

        lines.RemoveRange(start, end - start);
        return string.Join('\n', lines);
    }

    /// <summary>A YAML double-quoted scalar, so an id such as <c>2006</c> or <c>no</c> stays a string.</summary>
    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
