using System.Security.Cryptography;
using System.Text;
using Brink.Analysis.Output;

namespace Brink.Analysis.Sweeps;

/// <summary>
/// What the run store keeps of a sweep: the point count, the hash of its tidy CSV (the rows themselves can run to
/// millions), the Sobol indices and the p_major heat map. One shape for <c>brink sweep</c> and the workbench, so
/// <c>brink report</c> draws either.
/// </summary>
public static class SweepSummary
{
    /// <summary>The stored JSON of <paramref name="result"/>.</summary>
    public static string Json(SweepResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonOutput.Serialize(new
        {
            points = result.Points.Length,
            csv_sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SweepCsv.Write(result)))),
            indices = SensitivityAnalysis.Compute(result),
            heatmap = SweepHeatmap.Of(result, "p_major"),
        });
    }
}
