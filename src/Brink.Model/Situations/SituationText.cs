using System.Globalization;
using System.Text.RegularExpressions;

namespace Brink.Model.Situations;

/// <summary>
/// Edits a situation file's text in place, keeping its comments and layout: the workbench saves a what-if as a
/// new file this way, so the analyst's notes beside each estimate survive. Only block mappings (one
/// <c>key: value</c> per line, nesting by indentation, as every bundled file is written) can be edited.
/// </summary>
public static partial class SituationText
{
    /// <summary>
    /// Sets the scalar at <paramref name="path"/> (an input key such as <c>state.adversaries.us.resolve</c>) to
    /// <paramref name="value"/>, adding the key under its parent mapping when the file leaves it to its default.
    /// Throws <see cref="NotSupportedException"/> when neither the key nor its parent is written as a block mapping.
    /// </summary>
    public static string SetValue(string text, string path, double value)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        string formatted = Math.Round(value, 4).ToString(CultureInfo.InvariantCulture);
        var lines = text.Split('\n').ToList();
        string parent = path.Contains('.', StringComparison.Ordinal) ? path[..path.LastIndexOf('.')] : string.Empty;
        int parentLine = -1, childIndent = -1;
        var stack = new List<(int Indent, string Key)>();
        for (int i = 0; i < lines.Count; i++)
        {
            var match = KeyLine().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            int indent = match.Groups["indent"].Length;
            stack.RemoveAll(entry => entry.Indent >= indent);
            string here = string.Join('.', stack.Select(e => e.Key).Append(match.Groups["key"].Value));
            if (here == path && match.Groups["value"].Length > 0)
            {
                lines[i] = $"{match.Groups["indent"].Value}{match.Groups["key"].Value}: {formatted}{match.Groups["comment"].Value}{match.Groups["cr"].Value}";
                return string.Join('\n', lines);
            }

            if (here == parent)
            {
                parentLine = i;
            }
            else if (parentLine >= 0 && childIndent < 0 && stack.Count > 0 && string.Join('.', stack.Select(e => e.Key)) == parent)
            {
                childIndent = indent;
            }

            stack.Add((indent, match.Groups["key"].Value));
        }

        if (parentLine < 0 || childIndent < 0)
        {
            throw new NotSupportedException($"the file does not write '{path}' as a block mapping, so it cannot be edited in place; edit it by hand");
        }

        lines.Insert(parentLine + 1, $"{new string(' ', childIndent)}{path[(path.LastIndexOf('.') + 1)..]}: {formatted}");
        return string.Join('\n', lines);
    }

    // key: value  # comment — the value stops before a comment; keys are the contract's snake_case names and ids.
    [GeneratedRegex(@"^(?<indent> *)(?<key>[A-Za-z0-9_-]+):(?:[ \t]+(?<value>[^#\r\n]*?))?(?<comment>[ \t]+#[^\r\n]*)?(?<cr>\r?)$")]
    private static partial Regex KeyLine();
}
