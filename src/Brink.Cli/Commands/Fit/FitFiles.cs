using Brink.Analysis.Fitting;
using Brink.Analysis.Runs;
using Brink.Cli.Infrastructure;
using Brink.Model.Packs;

namespace Brink.Cli.Commands.Fit;

/// <summary>Writes the fitted pack folder: pack.yaml with its fitted block, dynamics.yaml as it was, fit.json.</summary>
internal static class FitFiles
{
    /// <summary>Scores recorded in the pack itself (the rest are in fit.json).</summary>
    private static readonly string[] PackScores =
    [
        "loo_brier", "loo_log_loss", "loo_accuracy", "loo_rps", "kfold_brier", "kfold_log_loss",
        "base_rate_loo_brier", "loo_brier_skill_vs_base_rate", "in_sample_brier",
    ];

    public static void Write(string directory, string packDirectory, ModelPack pack, FitReport report)
    {
        Directory.CreateDirectory(directory);
        string packText = File.ReadAllText(pack.SourcePath);
        var result = new FitResult(report.Parameters, report.NegativeLogLikelihood, report.NegativeLogPrior, 0, [], [], []) { Covariance = report.Covariance };
        var scores = PackScores.Where(report.Scores.ContainsKey).ToDictionary(k => k, k => report.Scores[k], StringComparer.Ordinal);
        string fitted = FittedPackText.With(packText, result, report.CaseIds, report.DataSha256, scores);
        PackLoader.Parse(fitted, Path.Combine(directory, "pack.yaml"));
        string dynamics = Path.Combine(packDirectory, "dynamics.yaml");
        if (File.Exists(dynamics) && !SamePath(packDirectory, directory))
        {
            AtomicFile.WriteAllText(Path.Combine(directory, "dynamics.yaml"), File.ReadAllText(dynamics));
        }

        AtomicFile.WriteAllText(Path.Combine(directory, "fit.json"), RunResult.Of(report).Json);
        AtomicFile.WriteAllText(Path.Combine(directory, "pack.yaml"), fitted);
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a).TrimEnd('/'), Path.GetFullPath(b).TrimEnd('/'), StringComparison.Ordinal);
}
