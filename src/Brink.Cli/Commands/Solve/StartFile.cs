using System.Globalization;
using Brink.Cli.Infrastructure;

namespace Brink.Cli.Commands.Solve;

/// <summary>
/// A start profile as Gambit's <c>-s</c> files hold it: one line, comma-separated probabilities over every
/// player's strategies in order (decimals or rationals such as <c>1/3</c>).
/// </summary>
internal static class StartFile
{
    public static IReadOnlyList<double> Read(string path)
    {
        var line = File.ReadLines(path).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))
            ?? throw new UsageException($"{path}: the start file is empty");
        var values = new List<double>();
        foreach (var field in line.Split(','))
        {
            string text = field.Trim();
            values.Add(Brink.Games.Numerics.Rational.TryParse(text, out var exact) ? exact.ToDouble()
                : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
                : throw new UsageException($"{path}:1: expected a probability, found '{text}'"));
        }

        return values;
    }
}
