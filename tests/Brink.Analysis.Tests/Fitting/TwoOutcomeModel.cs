using System.Collections.Immutable;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Analysis.Tests.Fitting;

/// <summary>Concede with probability logistic(θ), major otherwise: a one-parameter Bernoulli model.</summary>
internal sealed class TwoOutcomeModel(double priorScale = 1e4) : IResponseModel
{
    public ImmutableArray<ModelParameter> Parameters { get; } = [new("theta", 0, priorScale, -20, 20, "log-odds of conceding")];

    public ResponseDistribution Predict(Situation situation, ReadOnlySpan<double> parameterValues)
    {
        double p = 1 / (1 + Math.Exp(-parameterValues[0]));
        return ResponseDistribution.Create([p, 0, 0, 0, 0, 0, 1 - p]);
    }
}
