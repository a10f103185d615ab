using System.Text.RegularExpressions;
using Brink.Analysis.Reports;

namespace Brink.Analysis.Tests.Reports;

/// <summary>Recipes as tests: each chart renders to SVG with its labels present as text.</summary>
public partial class ChartsTests
{
    private static readonly string[] Categories = ["concede", "restrain", "crackdown", "nuclear", "deniable", "limited_overt", "major"];

    [GeneratedRegex("<text")]
    private static partial Regex TextElement();

    [Fact]
    public void Bars_ResponseProbabilities_HasEveryCategoryLabel()
    {
        string svg = Charts.Bars("Response probabilities", Categories, [0.05, 0.1, 0.05, 0.1, 0.2, 0.4, 0.1], "probability");
        Assert.StartsWith("<svg", svg.TrimStart(), StringComparison.Ordinal);
        Assert.All(Categories, c => Assert.Contains(c, svg, StringComparison.Ordinal));
        Assert.Contains("Response probabilities", svg, StringComparison.Ordinal);
        Assert.True(TextElement().Count(svg) >= Categories.Length);
    }

    [Fact]
    public void Tornado_PutsTheLargestMagnitudeOnTop()
    {
        // Magnitude, not signed value, sets the order: the negative "medium" sits between the two positives.
        string svg = Charts.Tornado("Sensitivity", ["small", "large", "medium"], [0.01, 0.3, -0.1], "shift");

        double large = LabelHeight(svg, "large"), medium = LabelHeight(svg, "medium"), small = LabelHeight(svg, "small");

        Assert.True(large < medium && medium < small, $"label heights (SVG y grows downward): large {large}, medium {medium}, small {small}");
    }

    /// <summary>The y of the translate() on the text element whose content is <paramref name="label"/>.</summary>
    private static double LabelHeight(string svg, string label)
    {
        var match = System.Text.RegularExpressions.Regex.Match(
            svg, @"<text transform=""translate\([-\d.]+ ([-\d.]+)\)""[^>]*>\s*" + label + @"\s*<");
        Assert.True(match.Success, $"no text element for {label}");
        return double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Fan_And_Lines_And_Calibration_And_Heatmap_Render()
    {
        double[] steps = [0, 1, 2, 3];
        double[] a = [0.1, 0.2, 0.3, 0.4];
        double[] b = [0.2, 0.3, 0.4, 0.5];
        string fan = Charts.Fan("Legitimacy", steps, [("legitimacy", a, a, b, b, b)]);
        Assert.Contains("legitimacy", fan, StringComparison.Ordinal);
        string lines = Charts.Lines("Outcomes", steps, [("war", a), ("deal", b)], "step", "share");
        Assert.Contains("deal", lines, StringComparison.Ordinal);
        string calibration = Charts.Calibration("Calibration", [0.05, 0.5, 0.9], [0.04, 0.6, 1.0], [100, 10, 3]);
        Assert.Contains("perfect calibration", calibration, StringComparison.Ordinal);
        string heat = Charts.Heatmap("p(major)", new double[,] { { 0.1, 0.2 }, { 0.3, 0.4 } }, "sanctions", "threat", (0, 1), (0, 1));
        Assert.Contains("sanctions", heat, StringComparison.Ordinal);
    }

    [Fact]
    public void LogLog_ConvergenceCurves_LabelsPowersOfTenAndSkipsZeros()
    {
        double[] iterations = [1, 10, 100, 1000];
        string svg = Charts.LogLog(
            "CFR",
            [("cfr+", iterations, [1, 0.1, 0.01, 0.001]), ("cfr", iterations, [1, 0.3, 0, 0.03])],
            "iterations",
            "exploitability");
        Assert.StartsWith("<svg", svg.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("cfr+", svg, StringComparison.Ordinal);
        Assert.Contains("1e-3", svg, StringComparison.Ordinal);
        Assert.Contains("1e3", svg, StringComparison.Ordinal);
    }
}
