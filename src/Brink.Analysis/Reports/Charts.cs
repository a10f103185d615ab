using ScottPlot;

namespace Brink.Analysis.Reports;

/// <summary>
/// The report's charts, each built from plain data and returned as SVG markup. Small recipes: one method per
/// chart, every one with the bundled font so labels render anywhere.
/// </summary>
public static partial class Charts
{
    private const int Width = 720;
    private const int Height = 360;

    /// <summary>A bar per category (response probabilities).</summary>
    public static string Bars(string title, IReadOnlyList<string> labels, IReadOnlyList<double> values, string valueLabel)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(values);
        var plot = NewPlot(title);
        var bars = plot.Add.Bars([.. values]);
        foreach (var bar in bars.Bars)
        {
            bar.Label = bar.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        }

        bars.ValueLabelStyle.FontName = ChartFont.Family;
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, labels.Count).Select(i => (double)i)], [.. labels]);
        plot.Axes.Margins(bottom: 0);
        plot.YLabel(valueLabel);
        return Svg(plot);
    }

    /// <summary>Horizontal bars sorted by size (a sensitivity tornado).</summary>
    public static string Tornado(string title, IReadOnlyList<string> labels, IReadOnlyList<double> values, string valueLabel)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(values);
        var order = Enumerable.Range(0, labels.Count).OrderBy(i => Math.Abs(values[i])).ToArray();
        var plot = NewPlot(title);
        var bars = plot.Add.Bars([.. order.Select(i => values[i])]);
        bars.Horizontal = true;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, order.Length).Select(i => (double)i)], [.. order.Select(i => labels[i])]);
        plot.XLabel(valueLabel);
        return Svg(plot);
    }

    /// <summary>Median lines with 5–95% and 25–75% bands over steps (trajectory fan chart).</summary>
    public static string Fan(string title, IReadOnlyList<double> steps, IReadOnlyList<(string Name, double[] P05, double[] P25, double[] P50, double[] P75, double[] P95)> series)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(series);
        var plot = NewPlot(title);
        double[] x = [.. steps];
        foreach (var s in series)
        {
            var outer = plot.Add.FillY(x, s.P05, s.P95);
            var inner = plot.Add.FillY(x, s.P25, s.P75);
            var median = plot.Add.Scatter(x, s.P50);
            median.LegendText = s.Name;
            outer.FillStyle.Color = median.Color.WithAlpha(0.15);
            inner.FillStyle.Color = median.Color.WithAlpha(0.3);
            outer.LineStyle.Width = 0;
            inner.LineStyle.Width = 0;
        }

        plot.XLabel("step");
        plot.ShowLegend();
        return Svg(plot);
    }

    /// <summary>Lines over steps (cumulative outcome shares).</summary>
    public static string Lines(string title, IReadOnlyList<double> x, IReadOnlyList<(string Name, double[] Y)> series, string xLabel, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(series);
        var plot = NewPlot(title);
        foreach (var (name, y) in series)
        {
            var line = plot.Add.Scatter(x.ToArray(), y);
            line.LegendText = name;
        }

        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.ShowLegend();
        return Svg(plot);
    }

    /// <summary>
    /// Lines on log–log axes, each series with its own x (convergence curves: error against iterations or
    /// seconds). ScottPlot draws linear axes, so the data are plotted as log10 and the ticks labelled as powers of 10.
    /// Non-positive points cannot be placed on a log axis and are left out.
    /// </summary>
    public static string LogLog(string title, IReadOnlyList<(string Name, double[] X, double[] Y)> series, string xLabel, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(series);
        var plot = NewPlot(title);
        foreach (var (name, xs, ys) in series)
        {
            var kept = Enumerable.Range(0, Math.Min(xs.Length, ys.Length)).Where(i => xs[i] > 0 && ys[i] > 0).ToArray();
            var line = plot.Add.Scatter(kept.Select(i => Math.Log10(xs[i])).ToArray(), kept.Select(i => Math.Log10(ys[i])).ToArray());
            line.LegendText = name;
            line.MarkerSize = 0;
            line.LineWidth = 2;
        }

        plot.Axes.Bottom.TickGenerator = PowersOfTen();
        plot.Axes.Left.TickGenerator = PowersOfTen();
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.ShowLegend();
        return Svg(plot);
    }

    private static ScottPlot.TickGenerators.NumericAutomatic PowersOfTen() => new()
    {
        MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
        IntegerTicksOnly = true,
        LabelFormatter = exponent => "1e" + exponent.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Predicted against observed frequency, with the diagonal of perfect calibration.</summary>
    public static string Calibration(string title, IReadOnlyList<double> predicted, IReadOnlyList<double> observed, IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(counts);
        var plot = NewPlot(title);
        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.LegendText = "perfect calibration";
        var points = plot.Add.Scatter(predicted.ToArray(), observed.ToArray());
        points.LegendText = "model (bins)";
        points.MarkerSize = 9;
        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.XLabel("mean predicted probability");
        plot.YLabel("observed frequency");
        plot.ShowLegend();
        return Svg(plot);
    }

    /// <summary>A heat map of values on a grid (rows: y levels, columns: x levels).</summary>
    public static string Heatmap(string title, double[,] values, string xLabel, string yLabel, (double Low, double High) x, (double Low, double High) y)
    {
        ArgumentNullException.ThrowIfNull(values);
        var plot = NewPlot(title);
        var map = plot.Add.Heatmap(values);
        map.Extent = new CoordinateRect(x.Low, x.High, y.Low, y.High);
        map.Colormap = new ScottPlot.Colormaps.Viridis();
        plot.Add.ColorBar(map);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return Svg(plot);
    }

    private static Plot NewPlot(string title)
    {
        ChartFont.Ensure();
        var plot = new Plot();
        plot.Font.Set(ChartFont.Family);
        plot.Title(title);
        return plot;
    }

    /// <summary>The SVG element alone (no XML prolog), ready to inline in HTML.</summary>
    private static string Svg(Plot plot)
    {
        string svg = plot.GetSvgXml(Width, Height);
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return StableClipIds(start > 0 ? svg[start..] : svg);
    }

    /// <summary>
    /// Skia's SVG canvas numbers clip paths (<c>cl_4</c>, <c>cl_a</c>, in hexadecimal) from a process-wide counter, so the same chart drawn
    /// twice in one process (a second report, the web workbench) came out with other ids. The ids are renamed
    /// from the chart's own content: the same chart gives the same bytes, and two different charts inlined in
    /// one page still do not share an id.
    /// </summary>
    private static string StableClipIds(string svg)
    {
        var ids = ClipId();
        string content = ids.Replace(svg, "cl");
        string prefix = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(content)))[..10];
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        return ids.Replace(svg, match =>
        {
            if (!renamed.TryGetValue(match.Value, out var name))
            {
                name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"c{prefix}_{renamed.Count}");
                renamed[match.Value] = name;
            }

            return name;
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=id=""|url\(#)cl_[0-9a-zA-Z]+")]
    private static partial System.Text.RegularExpressions.Regex ClipId();
}
