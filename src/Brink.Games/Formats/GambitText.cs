using System.Text;

namespace Brink.Games.Formats;

/// <summary>Writing helpers shared by the two writers.</summary>
internal static class GambitText
{
    /// <summary>Appends <paramref name="label"/> in double quotes, escaping quotes and backslashes as Gambit does.</summary>
    public static StringBuilder AppendQuoted(this StringBuilder builder, string label)
    {
        builder.Append('"');
        foreach (char c in label)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append('"');
    }

    /// <summary>Appends <c>{ "a" "b" }</c>.</summary>
    public static StringBuilder AppendQuotedList(this StringBuilder builder, IEnumerable<string> labels)
    {
        builder.Append('{');
        foreach (var label in labels)
        {
            builder.Append(' ').AppendQuoted(label);
        }

        return builder.Append(" }");
    }
}
