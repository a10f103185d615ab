using Brink.Analysis.Fitting;
using Brink.Games.Profiles;
using Brink.Model.Situations;
using static Brink.Model.Situations.ResponseCategory;

namespace Brink.Analysis.Tests.Fitting;

public class FitterTests
{
    private static readonly IReadOnlyList<Situation> Cases = FrequencyModel.Cases(
        Concede, Concede, Concede, Concede, Restrain, Restrain, Deniable, Deniable, Deniable, LimitedOvert, Major, Major);

    private static readonly FitOptions Quick = new(Folds: 3, LeaveOneOut: false, ProfilePoints: 3, MaxEvaluations: 4_000);

    [Fact]
    public void Fit_FrequencyModelWithFlatPrior_RecoversTheCaseFrequencies()
    {
        var result = Fitter.Fit(new FrequencyModel(), Cases, Quick);
        var fitted = new FrequencyModel().Predict(Cases[0], result.Estimates.AsSpan());
        double[] frequencies = [4 / 12.0, 2 / 12.0, 0, 0, 3 / 12.0, 1 / 12.0, 2 / 12.0];
        for (int k = 0; k < 7; k++)
        {
            if (frequencies[k] > 0)
            {
                Assert.Equal(frequencies[k], fitted.Probabilities[k], 2);
            }
        }
    }

    [Fact]
    public void Fit_TightPrior_StaysNearTheDefaults()
    {
        var result = Fitter.Fit(new FrequencyModel(priorScale: 0.01), Cases, Quick);
        Assert.All(result.Estimates, e => Assert.InRange(e, -0.05, 0.05));
    }

    [Fact]
    public void Fit_StandardErrorOfALogOdds_MatchesTheBinomialFormula()
    {
        // One free log-odds between two outcomes: SE(θ̂) = 1 / sqrt(n p (1 − p)) at the MLE.
        var cases = FrequencyModel.Cases(Concede, Concede, Concede, Major, Concede, Major, Concede, Concede, Major, Concede);
        var result = Fitter.Fit(new TwoOutcomeModel(), cases, Quick with { Folds = 2 });
        double p = 0.7;
        Assert.Equal(Math.Log(p / (1 - p)), result.Parameters[0].Estimate, 2);
        Assert.Equal(1 / Math.Sqrt(10 * p * (1 - p)), result.Parameters[0].StandardError, 2);
        Assert.Equal(result.Parameters[0].StandardError * result.Parameters[0].StandardError, result.Covariance[0][0], 12);
    }

    [Fact]
    public void Fit_Covariance_IsSymmetricWithTheStandardErrorsOnItsDiagonal()
    {
        var result = Fitter.Fit(new FrequencyModel(), Cases, Quick);
        int n = result.Parameters.Length;
        Assert.Equal(n, result.Covariance.Length);
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(result.Parameters[i].StandardError, Math.Sqrt(result.Covariance[i][i]), 12);
            for (int j = 0; j < n; j++)
            {
                Assert.Equal(result.Covariance[i][j], result.Covariance[j][i], 15);
            }
        }
    }

    [Fact]
    public void Fit_Profile_IsLowestAtTheEstimate()
    {
        var result = Fitter.Fit(new FrequencyModel(), Cases, Quick with { ProfilePoints = 5 });
        foreach (var parameter in result.Parameters)
        {
            var lowest = parameter.Profile.MinBy(p => p.NegativeLogPosterior)!;
            Assert.Equal(parameter.Estimate, lowest.Value, 6);
        }
    }

    [Fact]
    public void Fit_AnyThreadCount_SameResult()
    {
        var one = Fitter.Fit(new FrequencyModel(), Cases, Quick with { MaxDegreeOfParallelism = 1 });
        var two = Fitter.Fit(new FrequencyModel(), Cases, Quick with { MaxDegreeOfParallelism = 2 });
        Assert.Equal(one.Estimates, two.Estimates);
        Assert.Equal(one.KFold.SelectMany(p => p.Probabilities), two.KFold.SelectMany(p => p.Probabilities));
    }

    [Fact]
    public void Fit_LeaveOneOut_PredictsEachCaseWithoutIt()
    {
        var cases = FrequencyModel.Cases(Concede, Concede, Major);
        var result = Fitter.Fit(new TwoOutcomeModel(priorScale: 1e6), cases, Quick with { Folds = 2, LeaveOneOut = true });
        // Without case 2 (the only major), the fitted model gives major almost nothing.
        Assert.True(result.LeaveOneOut[2].Probabilities[(int)Major] < 0.05);
        Assert.Equal(0.5, result.LeaveOneOut[0].Probabilities[(int)Concede], 2);
    }

    [Fact]
    public void Fit_CaseWithoutOutcome_Throws()
    {
        var cases = FrequencyModel.Cases(Concede).Append(Simulation.Fixtures.Start).ToList();
        Assert.Throws<ArgumentException>(() => Fitter.Fit(new FrequencyModel(), cases, Quick));
    }

    [Theory]
    [InlineData(10, 3)]
    [InlineData(39, 5)]
    [InlineData(4, 5)]
    public void Folds_BalancedAndSeeded(int count, int k)
    {
        var options = new FitOptions(Folds: k, Seed: 9);
        var folds = Fitter.Folds(count, options);
        var sizes = folds.GroupBy(f => f).Select(g => g.Count()).ToList();
        Assert.Equal(Math.Min(k, count), sizes.Count);
        Assert.True(sizes.Max() - sizes.Min() <= 1);
        Assert.Equal(folds, Fitter.Folds(count, options));
        Assert.NotEqual(folds, Fitter.Folds(count, options with { Seed = 10 }));
    }
}
