using System.Collections.Immutable;
using Brink.Model.Situations;

namespace Brink.Analysis.Fitting;

/// <summary>Mean scores of held-out predictions against the cases' actual responses.</summary>
/// <param name="Brier">Multi-class Brier score (sum over categories of squared error), mean over cases.</param>
/// <param name="LogLoss">Mean negative natural log of the actual's probability, floored at 1e-6.</param>
/// <param name="Accuracy">Share of cases whose most likely category happened.</param>
/// <param name="Rps">Ranked probability score over the ladder order, mean over cases.</param>
public sealed record HeldOutScores(double Brier, double LogLoss, double Accuracy, double Rps)
{
    /// <summary>Scores <paramref name="predictions"/> (in case order) against <paramref name="cases"/>.</summary>
    public static HeldOutScores Of(IReadOnlyList<Situation> cases, ImmutableArray<HeldOutPrediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(cases);
        double brier = 0, logLoss = 0, accuracy = 0, rps = 0;
        foreach (var prediction in predictions)
        {
            int actual = (int)cases[prediction.Case].Outcome!.Primary;
            var p = prediction.Probabilities;
            double cumulativePredicted = 0;
            int top = 0;
            for (int k = 0; k < p.Length; k++)
            {
                double hit = k == actual ? 1 : 0;
                brier += (p[k] - hit) * (p[k] - hit);
                cumulativePredicted += p[k];
                double cumulativeActual = k >= actual ? 1 : 0;
                if (k < p.Length - 1)
                {
                    rps += (cumulativePredicted - cumulativeActual) * (cumulativePredicted - cumulativeActual) / (p.Length - 1);
                }

                top = p[k] > p[top] ? k : top;
            }

            logLoss -= Math.Log(Math.Max(Posterior.Floor, p[actual]));
            accuracy += top == actual ? 1 : 0;
        }

        int n = predictions.Length;
        return new HeldOutScores(brier / n, logLoss / n, accuracy / n, rps / n);
    }
}
