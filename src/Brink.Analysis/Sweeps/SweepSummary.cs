using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Brink.Analysis.Sweeps;

/// <summary>
/// What the run store keeps of a sweep: the points are in its CSV (named here by hash), so the record holds only
/// what a report draws, the Sobol indices and the heat map of p(major).
/// </summary>
/// <param name="Points">Points swept.</param>
/// <param name="CsvSha256">SHA-256 of the sweep's CSV as <see cref="SweepCsv.Write"/> writes it.</param>
/// <param name="Indices">Sobol indices of every input for every output (empty for a design that cannot estimate them).</param>
/// <param name="Heatmap">p(major) over the first two axes, or null unless the sweep is a complete grid over two or more.</param>
public sealed record SweepSummary(int Points, string CsvSha256, ImmutableArray<SensitivityIndex> Indices, SweepHeatmap? Heatmap)
{
    /// <summary>The output the stored heat map shows.</summary>
    public const string HeatmapOutput = "p_major";

    /// <summary>The summary of <paramref name="result"/>.</summary>
    public static SweepSummary Of(SweepResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new SweepSummary(
            result.Points.Length,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SweepCsv.Write(result)))),
            SensitivityAnalysis.Compute(result),
            SweepHeatmap.Of(result, HeatmapOutput));
    }
}
