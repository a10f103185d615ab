using System.Collections.Immutable;
using Brink.Analysis.Scoring;

namespace Brink.Analysis.Backtest;

/// <summary>The backtest's JSON contract: scores, baselines, skill, per-case predictions and calibration.</summary>
/// <param name="Cases">Number of cases.</param>
/// <param name="Evaluation">
/// How the model's figures below were obtained: one of <see cref="EvaluationNames"/>, or several joined with
/// <c> + </c> when the pack was fitted on some of the cases only (<paramref name="Rows"/> splits them).
/// </param>
/// <param name="Brier">Mean multi-class Brier score of the model over every case.</param>
/// <param name="LogLoss">Mean log loss.</param>
/// <param name="Accuracy">Top-1 accuracy.</param>
/// <param name="Rps">Mean ranked probability score.</param>
/// <param name="Rows">Every forecast's scores with its evaluation scheme: the model per scheme (and over all cases when mixed), then the baselines.</param>
/// <param name="Baselines">Each baseline's scores (leave-one-out refit).</param>
/// <param name="Skill">Per baseline, 1 − model score / baseline score for Brier, log loss and RPS, over every case.</param>
/// <param name="PerCase">Each case's actual response, how it was scored and the model's probabilities.</param>
/// <param name="Calibration">Calibration table of the model.</param>
public sealed record BacktestReport(
    int Cases,
    string Evaluation,
    double Brier,
    double LogLoss,
    double Accuracy,
    double Rps,
    ImmutableArray<BacktestRow> Rows,
    ImmutableSortedDictionary<string, Scores> Baselines,
    ImmutableSortedDictionary<string, SkillScores> Skill,
    ImmutableArray<BacktestCase> PerCase,
    ImmutableArray<CalibrationBin> Calibration);

/// <summary>Skill of the model against one baseline: 1 − model / baseline (positive = better than the baseline).</summary>
/// <param name="Brier">Brier skill score.</param>
/// <param name="LogLoss">Log-loss skill score.</param>
/// <param name="Rps">RPS skill score.</param>
public sealed record SkillScores(double Brier, double LogLoss, double Rps);
