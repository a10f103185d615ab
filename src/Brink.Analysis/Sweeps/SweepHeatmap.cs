using System.Collections.Immutable;

namespace Brink.Analysis.Sweeps;

/// <summary>An output averaged over all but the first two axes of a complete grid sweep (rows: second axis).</summary>
/// <param name="X">First axis path.</param>
/// <param name="Y">Second axis path.</param>
/// <param name="XLow">First axis low.</param>
/// <param name="XHigh">First axis high.</param>
/// <param name="YLow">Second axis low.</param>
/// <param name="YHigh">Second axis high.</param>
/// <param name="Values">Rows by second-axis level, columns by first-axis level.</param>
public sealed record SweepHeatmap(string X, string Y, double XLow, double XHigh, double YLow, double YHigh, ImmutableArray<ImmutableArray<double>> Values)
{
    /// <summary>The heat map of <paramref name="output"/>, or null unless the sweep is a complete grid over two or more axes.</summary>
    public static SweepHeatmap? Of(SweepResult result, string output)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Options.Design != SweepDesign.Grid || result.Axes.Length < 2 || !result.IsComplete)
        {
            return null;
        }

        var (x, y) = (result.Axes[0], result.Axes[1]);
        var sum = new double[y.Levels, x.Levels];
        var count = new int[y.Levels, x.Levels];
        foreach (var point in result.Points)
        {
            int column = point.Point % x.Levels, row = point.Point / x.Levels % y.Levels;
            sum[row, column] += SensitivityAnalysis.Value(point, output);
            count[row, column]++;
        }

        return new SweepHeatmap(x.Path, y.Path, x.Low, x.High, y.Low, y.High,
            [.. Enumerable.Range(0, y.Levels).Select(r => Enumerable.Range(0, x.Levels).Select(c => sum[r, c] / count[r, c]).ToImmutableArray())]);
    }
}
