using System.Collections.Immutable;
using Brink.Model.Situations;

using Brink.Analysis.Fitting;

namespace Brink.Analysis.Scoring;

/// <summary>Mean scores of held-out predictions against the cases' actual responses.</summary>
/// <param name="Brier">Multi-class Brier score (sum over categories of squared error), mean over cases.</param>
/// <param name="LogLoss">Mean negative natural log of the actual's probability, floored at 1e-6.</param>
/// <param name="Accuracy">Share of cases whose most likely category happened.</param>
/// <param name="Rps">Ranked probability score over the ladder order, mean over cases.</param>
public sealed record Scores(double Brier, double LogLoss, double Accuracy, double Rps)
{
    /// <summary>Scores <paramref name="predictions"/> (in case order) against <paramref name="cases"/>.</summary>
    public static Scores Of(IReadOnlyList<Situation> cases, ImmutableArray<HeldOutPrediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return Mean([.. predictions.Select(p => (p.Probabilities, (int)cases[p.Case].Outcome!.Primary))]);
    }

    /// <summary>Mean scores of (probabilities, actual category index) pairs.</summary>
    public static Scores Mean(IReadOnlyList<(ImmutableArray<double> Probabilities, int Actual)> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        double brier = 0, logLoss = 0, accuracy = 0, rps = 0;
        foreach (var (p, actual) in predictions)
        {
            brier += ProperScores.Brier(p.AsSpan(), actual);
            logLoss += ProperScores.LogLoss(p.AsSpan(), actual);
            accuracy += ProperScores.Top(p.AsSpan()) == actual ? 1 : 0;
            rps += ProperScores.RankedProbability(p.AsSpan(), actual);
        }

        int n = Math.Max(1, predictions.Count);
        return new Scores(brier / n, logLoss / n, accuracy / n, rps / n);
    }
}
