using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Brink.Analysis.Simulation;
using Brink.Model.Situations;

namespace Brink.Analysis.Sweeps;

/// <summary>
/// Tidy CSV of a sweep: one row per point and replication (one row per point without replications) with the
/// axes' values, the response probabilities and how the trajectory ended. Round-trips through <see cref="Read"/>.
/// </summary>
public static class SweepCsv
{
    /// <summary>The header line for <paramref name="axes"/>.</summary>
    public static string Header(IEnumerable<SweepAxis> axes) =>
        string.Join(',', ["point", "replication", .. axes.Select(a => a.Path), .. ResponseCategories.All.Select(r => "p_" + ResponseCategories.Name(r)), "outcome", "outcome_step", "final_legitimacy"]);

    /// <summary>The whole file.</summary>
    public static string Write(SweepResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder(Header(result.Axes)).Append('\n');
        foreach (var point in result.Points)
        {
            string prefix = string.Join(',', point.Inputs.Select(Format));
            string probabilities = string.Join(',', point.Probabilities.Select(Format));
            if (point.Replications.IsEmpty)
            {
                text.Append(CultureInfo.InvariantCulture, $"{point.Point},0,{prefix},{probabilities},,,\n");
                continue;
            }

            for (int r = 0; r < point.Replications.Length; r++)
            {
                var end = point.Replications[r];
                text.Append(CultureInfo.InvariantCulture, $"{point.Point},{r},{prefix},{probabilities},{SimulationNames.Name(end.Outcome)},{end.Step},{Format(end.FinalLegitimacy)}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>Reads points back; throws <see cref="FormatException"/> naming the file and line.</summary>
    public static ImmutableArray<SweepPoint> Read(string text, string path, IReadOnlyList<SweepAxis> axes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(axes);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0 || lines[0].TrimEnd('\r') != Header(axes))
        {
            throw new FormatException($"{path}:1:1: expected the header {Header(axes)}");
        }

        int d = axes.Count, columns = 2 + d + 7 + 3;
        var points = new List<SweepPoint>();
        var ends = ImmutableArray.CreateBuilder<TrajectoryEnd>();
        string[]? current = null;
        for (int line = 1; line < lines.Length; line++)
        {
            var cells = lines[line].TrimEnd('\r').Split(',');
            if (cells.Length != columns)
            {
                throw new FormatException($"{path}:{line + 1}:1: expected {columns} columns, found {cells.Length}");
            }

            if (current is not null && cells[0] != current[0])
            {
                points.Add(Point(current, d, ends.ToImmutable(), path, line));
                ends.Clear();
            }

            current = cells;
            if (cells[columns - 3].Length > 0)
            {
                if (!SimulationNames.TryParseOutcome(cells[columns - 3], out var outcome))
                {
                    throw new FormatException($"{path}:{line + 1}:1: expected an outcome ({string.Join(", ", SimulationNames.OutcomesShown.Select(SimulationNames.Name))}), found '{cells[columns - 3]}'");
                }

                ends.Add(new TrajectoryEnd(outcome, (int)Number(cells[columns - 2], path, line), Number(cells[columns - 1], path, line)));
            }
        }

        if (current is not null)
        {
            points.Add(Point(current, d, ends.ToImmutable(), path, lines.Length));
        }

        return [.. points];
    }

    private static SweepPoint Point(string[] cells, int d, ImmutableArray<TrajectoryEnd> ends, string path, int line) => new(
        (int)Number(cells[0], path, line),
        [.. cells.Skip(2).Take(d).Select(c => Number(c, path, line))],
        [.. cells.Skip(2 + d).Take(7).Select(c => Number(c, path, line))],
        ends);

    private static double Number(string cell, string path, int line) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new FormatException($"{path}:{line}:1: expected a number, found '{cell}'");

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
