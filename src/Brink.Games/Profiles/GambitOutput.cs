using System.Globalization;
using System.Text;

namespace Brink.Games.Profiles;

/// <summary>Prints profiles as Gambit's command-line tools do: <c>NE,p1,p2,...</c>.</summary>
public static class GambitOutput
{
    /// <summary>
    /// One <c>NE,...</c> line. Exact profiles print as rationals (<c>1/3</c>); floating ones as C's <c>%g</c>
    /// with six significant digits, like Gambit, or with <paramref name="decimals"/> fixed decimals when given.
    /// </summary>
    public static string FormatLine(Profile profile, int? decimals = null, string prefix = "NE")
    {
        ArgumentNullException.ThrowIfNull(profile);
        var line = new StringBuilder(prefix);
        if (profile.IsExact && decimals is null)
        {
            foreach (var value in profile.Exact.SelectMany(s => s))
            {
                line.Append(',').Append(value.ToString());
            }

            return line.ToString();
        }

        foreach (var value in profile.Flattened)
        {
            line.Append(',').Append(decimals is { } d ? FormatFixed(value, d) : FormatGeneral(value));
        }

        return line.ToString();
    }

    /// <summary>C's <c>%.6g</c>: six significant digits, trailing zeros dropped, exponent form for tiny or huge values.</summary>
    public static string FormatGeneral(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        int exponent = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        string rounded = value.ToString("E5", CultureInfo.InvariantCulture);
        exponent = int.Parse(rounded.AsSpan(rounded.IndexOf('E') + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (exponent < -4 || exponent >= 6)
        {
            string mantissa = TrimZeros(rounded[..rounded.IndexOf('E')]);
            return string.Create(CultureInfo.InvariantCulture, $"{mantissa}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent):00}");
        }

        return TrimZeros(value.ToString("F" + (5 - exponent).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
    }

    private static string FormatFixed(double value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string TrimZeros(string text) =>
        text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
}
