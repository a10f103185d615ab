using System.Collections.Immutable;
using Brink.Model.Situations;

namespace Brink.Model.Prediction;

/// <summary>
/// A model that turns a situation into response probabilities given values of its free parameters. Backtests,
/// fitting and sweeps see the model only through this interface, so they never depend on its internals.
/// Implementations must be pure and thread-safe: same inputs, same output, on any thread.
/// </summary>
public interface IResponseModel
{
    /// <summary>The free parameters, in the order <see cref="Predict"/> expects their values.</summary>
    ImmutableArray<ModelParameter> Parameters { get; }

    /// <summary>The response distribution for <paramref name="situation"/>; never reads its outcome.</summary>
    ResponseDistribution Predict(Situation situation, ReadOnlySpan<double> parameterValues);
}
