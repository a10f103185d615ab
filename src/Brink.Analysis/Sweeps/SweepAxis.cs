using System.Globalization;

namespace Brink.Analysis.Sweeps;

/// <summary>One varied input: a path (a situation input such as <c>state.sanctions</c>, or <c>pack.qre.lambda</c>), its range and grid levels.</summary>
/// <param name="Path">What to vary.</param>
/// <param name="Low">Lowest value.</param>
/// <param name="High">Highest value.</param>
/// <param name="Levels">Grid levels (a grid design uses them; other designs take the range only).</param>
public sealed record SweepAxis(string Path, double Low, double High, int Levels)
{
    /// <summary>Parses <c>PATH=LO:HI:N</c> (N optional, default 5); throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static SweepAxis Parse(string text, bool levelsAllowed = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new FormatException($"'{text}': expected PATH=LO:HI{(levelsAllowed ? "[:N]" : string.Empty)}");
        }

        string path = text[..equals].Trim();
        var parts = text[(equals + 1)..].Split(':');
        if (parts.Length < 2 || parts.Length > (levelsAllowed ? 3 : 2)
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double low)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double high))
        {
            throw new FormatException($"'{text}': expected PATH=LO:HI{(levelsAllowed ? "[:N]" : string.Empty)} with numbers LO and HI");
        }

        int levels = 5;
        if (parts.Length == 3 && (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out levels) || levels < 1))
        {
            throw new FormatException($"'{text}': expected N, the number of levels, to be a whole number of at least 1");
        }

        if (!double.IsFinite(low) || !double.IsFinite(high) || high < low || (high == low && levels > 1))
        {
            throw new FormatException($"'{text}': expected a non-empty range LO < HI, found {low}:{high}");
        }

        return new SweepAxis(path, low, high, levels);
    }

    /// <summary>The value at fraction <paramref name="u"/> of the range.</summary>
    public double At(double u) => Low + ((High - Low) * u);

    /// <summary>The value of grid level <paramref name="level"/>.</summary>
    public double Level(int level) => Levels == 1 ? Low : At(level / (double)(Levels - 1));
}
