using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Analysis.Fitting;

/// <summary>
/// The fit's objective: the negative log posterior of the free parameters given cases, i.e. the negative log
/// likelihood of each case's actual response (probabilities floored at 1e-6, as the log loss is) plus a Gaussian
/// prior pulling each parameter toward the pack's documented default with the pack's prior scale. Never reads a
/// case's id, date or title: only its situation and outcome.
/// </summary>
internal sealed class Posterior(IResponseModel model, IReadOnlyList<Situation> cases)
{
    public const double Floor = Scoring.ProperScores.Floor;

    public IResponseModel Model { get; } = model;

    public IReadOnlyList<Situation> Cases { get; } = cases;

    public double NegativeLogLikelihood(ReadOnlySpan<double> values)
    {
        double total = 0;
        foreach (var c in Cases)
        {
            var distribution = Model.Predict(c, values);
            total -= Math.Log(Math.Max(Floor, distribution[c.Outcome!.Primary]));
        }

        return total;
    }

    public double NegativeLogPrior(ReadOnlySpan<double> values)
    {
        double total = 0;
        for (int i = 0; i < values.Length; i++)
        {
            var p = Model.Parameters[i];
            double z = (values[i] - p.Default) / p.PriorScale;
            total += 0.5 * z * z;
        }

        return total;
    }

    public double NegativeLogPosterior(ReadOnlySpan<double> values) => NegativeLogLikelihood(values) + NegativeLogPrior(values);
}
