using System.Collections.Immutable;
using Brink.Analysis.Fitting;

using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Cli.Commands.Fit;

/// <summary>What <c>brink fit</c> writes to fit.json: the fit, the data it saw and the scores.</summary>
internal sealed record FitReport(
    string Pack,
    string PackVersion,
    int Cases,
    string DataSha256,
    ImmutableArray<string> CaseIds,
    ImmutableArray<ParameterEstimate> Parameters,
    double NegativeLogLikelihood,
    double NegativeLogPrior,
    ImmutableSortedDictionary<string, double> Scores,
    ImmutableArray<HeldOutCase> PerCase)
{
    /// <summary>The Laplace approximation's covariance of the estimates, rows and columns in <see cref="Parameters"/> order.</summary>
    public ImmutableArray<ImmutableArray<double>> Covariance { get; init; } = [];

    public static FitReport Create(FitResult result, IReadOnlyList<Situation> cases, string dataSha256, ModelPack pack)
    {
        var scores = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        Add(scores, "in_sample", Brink.Analysis.Scoring.Scores.Of(cases, result.InSample));
        Add(scores, "kfold", Brink.Analysis.Scoring.Scores.Of(cases, result.KFold));
        var baseRate = BaseRate(cases);
        Add(scores, "base_rate_loo", Brink.Analysis.Scoring.Scores.Of(cases, baseRate));
        if (!result.LeaveOneOut.IsEmpty)
        {
            var loo = Brink.Analysis.Scoring.Scores.Of(cases, result.LeaveOneOut);
            Add(scores, "loo", loo);
            scores["loo_brier_skill_vs_base_rate"] = 1 - (loo.Brier / scores["base_rate_loo_brier"]);
        }

        var perCase = cases.Select((c, i) => new HeldOutCase(
            c.Id,
            ResponseCategories.Name(c.Outcome!.Primary),
            result.InSample[i].Probabilities,
            result.LeaveOneOut.IsEmpty ? result.KFold[i].Probabilities : result.LeaveOneOut[i].Probabilities)).ToImmutableArray();
        return new FitReport(pack.Id, pack.Version, cases.Count, dataSha256, [.. cases.Select(c => c.Id)], result.Parameters,
            result.NegativeLogLikelihood, result.NegativeLogPrior, scores.ToImmutable(), perCase) { Covariance = result.Covariance };
    }

    /// <summary>The leave-one-out base rate (the backtest's baseline) as held-out predictions.</summary>
    private static ImmutableArray<HeldOutPrediction> BaseRate(IReadOnlyList<Situation> cases) =>
        [.. Brink.Analysis.Backtest.Baselines.BaseRate(cases).Select((p, i) => new HeldOutPrediction(i, i, p))];

    private static void Add(ImmutableSortedDictionary<string, double>.Builder scores, string prefix, Brink.Analysis.Scoring.Scores s)
    {
        scores[prefix + "_brier"] = s.Brier;
        scores[prefix + "_log_loss"] = s.LogLoss;
        scores[prefix + "_accuracy"] = s.Accuracy;
        scores[prefix + "_rps"] = s.Rps;
    }
}

/// <summary>One case in fit.json: its actual response, the in-sample and the held-out probabilities.</summary>
internal sealed record HeldOutCase(string Id, string Actual, ImmutableArray<double> InSample, ImmutableArray<double> HeldOut);
