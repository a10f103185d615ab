using System.Globalization;
using Brink.Cli.Infrastructure;
using Brink.Games.Numerics;

namespace Brink.Cli.Commands.Solve;

/// <summary>
/// A start profile as Gambit's <c>-s</c> files hold it (simpdiv, liap): one line, comma-separated probabilities
/// over every player's strategies in order (decimals or rationals such as <c>1/3</c>). Errors name the file, line
/// and column: <c>file:line:col: expected …, found '…'</c>.
/// </summary>
internal static class StartFile
{
    /// <summary>The first non-blank line's values.</summary>
    public static IReadOnlyList<double> Read(string path) => ReadVectors(path, firstOnly: true)[0].Values;

    /// <summary>
    /// Every non-blank line's values with its line number and the column just past its end (where a missing
    /// entry would go), for the perturbation files of gnm and ipa.
    /// </summary>
    public static IReadOnlyList<(IReadOnlyList<double> Values, int Line, int EndColumn)> ReadVectors(string path, bool firstOnly = false)
    {
        var vectors = new List<(IReadOnlyList<double>, int, int)>();
        int number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var values = new List<double>();
            int column = 1;
            foreach (var field in line.Split(','))
            {
                string text = field.Trim();
                int at = column + field.Length - field.TrimStart().Length;
                values.Add(Brink.Games.Numerics.Rational.TryParse(text, out var exact) ? exact.ToDouble()
                    : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value
                    : throw new UsageException($"{path}:{number}:{at}: expected a probability, found '{text}'"));
                column += field.Length + 1;
            }

            vectors.Add((values, number, line.TrimEnd().Length + 1));
            if (firstOnly)
            {
                break;
            }
        }

        return vectors.Count > 0 ? vectors : throw new UsageException($"{path}:1:1: expected a comma-separated probability vector, found an empty file");
    }

    /// <summary>Throws a located <see cref="UsageException"/> unless the vector has <paramref name="expected"/> entries.</summary>
    public static void RequireLength(string path, int line, int endColumn, int found, int expected, string what)
    {
        if (found != expected)
        {
            throw new UsageException($"{path}:{line}:{endColumn}: expected {expected} probabilities (one per {what}), found {found}");
        }
    }
}
