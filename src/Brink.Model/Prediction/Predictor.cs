using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Brink.Model.Games;
using Brink.Model.Packs;
using Brink.Model.Situations;
using Brink.Model.Uncertainty;

namespace Brink.Model.Prediction;

/// <summary>
/// The strategic-calculus model behind the prediction API: compiles each decision point into an
/// extensive-form game (<see cref="DecisionGame"/>) and solves it with the logit QRE at the pack's λ. Pure and
/// thread-safe: it holds only the immutable pack.
/// </summary>
public sealed class Predictor : IResponseModel, IDecisionSolver
{
    /// <summary>The robustness line of a pack that records no fit.</summary>
    public const string NoFit = "no intervals: the pack has no fitted block, so its parameters carry no uncertainty estimate";

    /// <summary>Creates a predictor for <paramref name="pack"/>.</summary>
    public Predictor(ModelPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        Pack = pack;
        Parameters = [.. pack.Free.Select(f => new ModelParameter(
            f.Definition.Name, double.IsNaN(f.Default) ? pack[f.Definition] : f.Default, f.PriorScale, f.Lower, f.Upper, f.Definition.Description))];
    }

    /// <summary>The pack's current values of the free parameters (fitted where the pack records a fit).</summary>
    public ImmutableArray<double> CurrentValues => [.. Pack.Free.Select(f => Pack[f.Definition])];

    /// <summary>The pack.</summary>
    public ModelPack Pack { get; }

    /// <inheritdoc />
    public ImmutableArray<ModelParameter> Parameters { get; }

    /// <summary>The response distribution with the pack's own parameter values.</summary>
    public ResponseDistribution Predict(Situation situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        return DecisionPointSolver.Solve(situation, Pack).Focal;
    }

    /// <inheritdoc />
    public ResponseDistribution Predict(Situation situation, ReadOnlySpan<double> parameterValues)
    {
        ArgumentNullException.ThrowIfNull(situation);
        return DecisionPointSolver.Solve(situation, Pack.WithFreeValues(parameterValues)).Focal;
    }

    /// <inheritdoc />
    public DecisionSolution Solve(Situation situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        var solution = DecisionPointSolver.Solve(situation, Pack);
        var replies = new ImmutableArray<double>[ResponseCategories.Count];
        for (int r = 0; r < replies.Length; r++)
        {
            replies[r] = solution.AverageReplies((ResponseCategory)r);
        }

        // A simulation solves hundreds of thousands of points: the rows are handed over without another copy.
        return new DecisionSolution(solution.Focal, solution.Game.Context.Adversary.Id, ImmutableCollectionsMarshal.AsImmutableArray(replies));
    }

    /// <summary>
    /// The full, serialisable prediction with its explanation and, from the fitted parameters' uncertainty,
    /// 90% intervals from <see cref="UncertaintyOptions.Default"/> (slower: it re-solves perturbed situations).
    /// </summary>
    public PredictionResult Explain(Situation situation) => Explain(situation, UncertaintyOptions.Default);

    /// <summary>The full prediction, with intervals from <paramref name="options"/> (none when it asks for no draws).</summary>
    public PredictionResult Explain(Situation situation, UncertaintyOptions options)
    {
        ArgumentNullException.ThrowIfNull(situation);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var solution = DecisionPointSolver.Solve(situation, Pack);
        var probabilities = new OrderedDictionary<string, double>();
        foreach (var r in ResponseCategories.All)
        {
            probabilities[ResponseCategories.Name(r)] = solution.Focal[r];
        }

        var explanation = Explainer.Explain(situation, Pack, solution);
        var result = new PredictionResult(situation.Id, probabilities, ResponseCategories.Name(solution.Focal.Top), explanation);
        if (options.Draws == 0)
        {
            return result;
        }

        if (ParameterDistribution.FromPack(Pack) is not { } distribution)
        {
            return result with { Explanation = explanation with { Robustness = NoFit } };
        }

        var uncertainty = PredictionIntervals.Compute(this, situation, distribution, solution.Focal, options);
        return result with
        {
            Explanation = explanation with { Robustness = uncertainty.Sentence },
            Intervals = uncertainty.Intervals,
            TopShares = uncertainty.TopShares,
            Draws = uncertainty.Draws,
            Seed = uncertainty.Seed,
            IntervalSource = uncertainty.Source,
        };
    }
}
