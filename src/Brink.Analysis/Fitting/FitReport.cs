using System.Collections.Immutable;
using Brink.Analysis.Backtest;
using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Analysis.Fitting;

/// <summary>What <c>brink fit</c> writes to fit.json: the fit, the data it saw and the scores.</summary>
/// <param name="Pack">Pack id.</param>
/// <param name="PackVersion">Pack version.</param>
/// <param name="Cases">How many cases the fit saw.</param>
/// <param name="DataSha256">SHA-256 of the case files.</param>
/// <param name="CaseIds">The ids of the cases the fit saw, in order.</param>
/// <param name="Parameters">The estimates.</param>
/// <param name="NegativeLogLikelihood">−log likelihood at the estimates.</param>
/// <param name="NegativeLogPrior">−log prior at the estimates.</param>
/// <param name="Scores">Brier, log loss, accuracy and RPS in-sample, k-fold, leave-one-out and for the base rate; the skill.</param>
/// <param name="PerCase">Each case's actual response with its in-sample and held-out probabilities.</param>
public sealed record FitReport(
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

    /// <summary>Scores <paramref name="result"/> on the <paramref name="cases"/> it was fitted to.</summary>
    public static FitReport Create(FitResult result, IReadOnlyList<Situation> cases, string dataSha256, ModelPack pack)
    {
        var scores = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        Add(scores, "in_sample", Scoring.Scores.Of(cases, result.InSample));
        Add(scores, "kfold", Scoring.Scores.Of(cases, result.KFold));
        var baseRate = BaseRate(cases);
        Add(scores, "base_rate_loo", Scoring.Scores.Of(cases, baseRate));
        if (!result.LeaveOneOut.IsEmpty)
        {
            var loo = Scoring.Scores.Of(cases, result.LeaveOneOut);
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
        [.. Baselines.BaseRate(cases).Select((p, i) => new HeldOutPrediction(i, i, p))];

    private static void Add(ImmutableSortedDictionary<string, double>.Builder scores, string prefix, Scoring.Scores s)
    {
        scores[prefix + "_brier"] = s.Brier;
        scores[prefix + "_log_loss"] = s.LogLoss;
        scores[prefix + "_accuracy"] = s.Accuracy;
        scores[prefix + "_rps"] = s.Rps;
    }
}

/// <summary>One case in fit.json: its actual response, the in-sample and the held-out probabilities.</summary>
/// <param name="Id">Case id.</param>
/// <param name="Actual">The response that happened.</param>
/// <param name="InSample">Probabilities with the values fitted on every case.</param>
/// <param name="HeldOut">Probabilities from the fit without this case (leave-one-out, else its k-fold fold).</param>
public sealed record HeldOutCase(string Id, string Actual, ImmutableArray<double> InSample, ImmutableArray<double> HeldOut);
