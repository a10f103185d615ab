using Brink.Analysis.Backtest;
using Brink.Analysis.Tests.Fitting;
using Brink.Model.Situations;
using static Brink.Model.Situations.ResponseCategory;

namespace Brink.Analysis.Tests.Backtest;

public class BaselinesTests
{
    [Fact]
    public void BaseRate_IsTheFrequencyOfTheOtherCases()
    {
        var cases = FrequencyModel.Cases(Concede, Concede, Restrain, Major);
        var rates = Baselines.BaseRate(cases);
        Assert.Equal([1 / 3.0, 1 / 3.0, 0, 0, 0, 0, 1 / 3.0], rates[0]);
        Assert.Equal([2 / 3.0, 0, 0, 0, 0, 0, 1 / 3.0], rates[2]);
    }

    [Fact]
    public void Logistic_SeparableFeature_PredictsTheRightClass()
    {
        // Severity high ⇒ major, low ⇒ concede: the held-out case follows the pattern.
        var cases = Enumerable.Range(0, 12).Select(i => Simulation.Fixtures.Start with
        {
            Id = $"c{i}",
            Trigger = Simulation.Fixtures.Start.Trigger with { Severity = i % 2 == 0 ? 0.1 + (i * 0.01) : 0.9 - (i * 0.01) },
            Outcome = new CaseOutcome(i % 2 == 0 ? Concede : Major, [], null, string.Empty, string.Empty),
        }).ToList();
        var predictions = Baselines.Logistic(cases, cancellationToken: TestContext.Current.CancellationToken);
        for (int i = 0; i < cases.Count; i++)
        {
            int expected = (int)cases[i].Outcome!.Primary;
            Assert.True(predictions[i][expected] > 0.6, $"case {i}: {predictions[i][expected]:F3}");
            Assert.Equal(1.0, predictions[i].Sum(), 9);
        }
    }

    [Fact]
    public void Backtest_PerfectModel_HasFullSkillAndPerfectScores()
    {
        var cases = FrequencyModel.Cases(Concede, Restrain, Concede, Major, Concede);
        var report = Brink.Analysis.Backtest.Backtester.Run(cases, new OracleModel(cases), [], cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(0, report.Brier, 9);
        Assert.Equal(1, report.Accuracy);
        Assert.Equal(1, report.Skill["base_rate"].Brier, 9);
        Assert.Equal(5, report.PerCase.Length);
        Assert.Equal(35, report.Calibration.Sum(b => b.Count));
    }
}
