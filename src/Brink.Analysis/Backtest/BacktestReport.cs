using System.Collections.Immutable;
using Brink.Analysis.Scoring;

namespace Brink.Analysis.Backtest;

/// <summary>The backtest's JSON contract: scores, baselines, skill, per-case predictions and calibration.</summary>
/// <param name="Cases">Number of cases.</param>
/// <param name="Brier">Mean multi-class Brier score of the model.</param>
/// <param name="LogLoss">Mean log loss.</param>
/// <param name="Accuracy">Top-1 accuracy.</param>
/// <param name="Rps">Mean ranked probability score.</param>
/// <param name="Baselines">Each baseline's scores (leave-one-out).</param>
/// <param name="Skill">Per baseline, 1 − model score / baseline score for Brier, log loss and RPS.</param>
/// <param name="PerCase">Each case's actual response and the model's probabilities.</param>
/// <param name="Calibration">Calibration table of the model.</param>
public sealed record BacktestReport(
    int Cases,
    double Brier,
    double LogLoss,
    double Accuracy,
    double Rps,
    ImmutableSortedDictionary<string, Scores> Baselines,
    ImmutableSortedDictionary<string, SkillScores> Skill,
    ImmutableArray<BacktestCase> PerCase,
    ImmutableArray<CalibrationBin> Calibration);

/// <summary>Skill of the model against one baseline: 1 − model / baseline (positive = better than the baseline).</summary>
/// <param name="Brier">Brier skill score.</param>
/// <param name="LogLoss">Log-loss skill score.</param>
/// <param name="Rps">RPS skill score.</param>
public sealed record SkillScores(double Brier, double LogLoss, double Rps);
