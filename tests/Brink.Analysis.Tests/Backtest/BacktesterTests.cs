using System.Collections.Immutable;
using Brink.Analysis.Backtest;
using Brink.Analysis.Fitting;
using Brink.Analysis.Tests.Fitting;
using static Brink.Model.Situations.ResponseCategory;

namespace Brink.Analysis.Tests.Backtest;

public class BacktesterTests
{
    // Two concessions and one major escalation; the one-parameter Bernoulli model's MLE is p(concede) = 2/3.
    private static readonly double FittedTheta = Math.Log(2);

    private static readonly FitOptions Refit = new(MaxDegreeOfParallelism: 1);

    [Fact]
    public void Run_InSample_ScoresTheFittedValuesAndSaysSo()
    {
        var cases = FrequencyModel.Cases(Concede, Concede, Major);
        var options = new BacktestOptions(["case-0", "case-1", "case-2"], InSample: true, Refit);
        var report = Backtester.Run(cases, new TwoOutcomeModel(priorScale: 1e4), [FittedTheta], options, cancellationToken: TestContext.Current.CancellationToken);
        // Every case at p(concede) = 2/3: Brier (1/3)² + (1/3)² = 2/9 for a concession, (2/3)² + (2/3)² = 8/9 for the escalation.
        AssertNear.Equal(((2 * 2 / 9.0) + (8 / 9.0)) / 3, report.Brier, 1e-9);
        Assert.Equal("in-sample", report.Evaluation);
        Assert.All(report.PerCase, c => Assert.Equal("in-sample", c.Evaluation));
        Assert.Equal(["in-sample", "leave-one-out refit", "leave-one-out refit"], report.Rows.Select(r => r.Evaluation));
    }

    [Fact]
    public void Run_FittedCases_AreRefittedWithoutEachOne()
    {
        var cases = FrequencyModel.Cases(Concede, Concede, Major);
        var options = new BacktestOptions(["case-0", "case-1", "case-2"], InSample: false, Refit);
        var report = Backtester.Run(cases, new TwoOutcomeModel(priorScale: 1e4), [FittedTheta], options, cancellationToken: TestContext.Current.CancellationToken);
        // Without a concession the other two split evenly (p = 1/2, Brier 1/2); without the escalation the refit
        // all but rules escalation out (Brier 2). The in-sample figure (4/9) flatters the model.
        AssertNear.Equal(0.5, report.PerCase[0].Probabilities["concede"], 1e-3);
        AssertNear.Equal(0.0, report.PerCase[2].Probabilities["major"], 1e-3);
        AssertNear.Equal((0.5 + 0.5 + 2) / 3, report.Brier, 2e-3);
        Assert.Equal("leave-one-out refit", report.Evaluation);
        Assert.All(report.PerCase, c => Assert.Equal("leave-one-out refit", c.Evaluation));
    }

    [Fact]
    public void Run_CaseOutsideTheFit_IsScoredOutOfSampleAndNotTrainedOn()
    {
        var cases = FrequencyModel.Cases(Concede, Concede, Major, Major);
        var options = new BacktestOptions(["case-0", "case-1", "case-2"], InSample: false, Refit);
        var report = Backtester.Run(cases, new TwoOutcomeModel(priorScale: 1e4), [FittedTheta], options, cancellationToken: TestContext.Current.CancellationToken);
        // case-3 sees the given values; the refit without case-2 trains on the two concessions only.
        AssertNear.Equal(2 / 3.0, report.PerCase[3].Probabilities["concede"], 1e-9);
        AssertNear.Equal(0.0, report.PerCase[2].Probabilities["major"], 1e-3);
        Assert.Equal("leave-one-out refit + out-of-sample", report.Evaluation);
        Assert.Equal(["leave-one-out refit", "leave-one-out refit", "leave-one-out refit", "out-of-sample"], report.PerCase.Select(c => c.Evaluation));
        var rows = report.Rows.Select(r => (r.Forecast, r.Evaluation, r.Cases)).ToList();
        Assert.Equal(
            [("model", "leave-one-out refit", 3), ("model", "out-of-sample", 1), ("model", "leave-one-out refit + out-of-sample", 4),
             ("base_rate", "leave-one-out refit", 4), ("logistic", "leave-one-out refit", 4)],
            rows);
        // The out-of-sample escalation at p(major) = 1/3: Brier (2/3)² + (2/3)² = 8/9.
        AssertNear.Equal(8 / 9.0, report.Rows[1].Scores.Brier, 1e-9);
    }

    [Fact]
    public void Run_NotFitted_ScoresEveryCaseOutOfSample()
    {
        var cases = FrequencyModel.Cases(Concede, Major);
        var report = Backtester.Run(cases, new TwoOutcomeModel(), [0.0], cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("out-of-sample", report.Evaluation);
        AssertNear.Equal(0.5, report.Brier, 1e-12);
    }

    [Fact]
    public void Run_AnyThreadCount_SameResult()
    {
        var cases = FrequencyModel.Cases(Concede, Concede, Major, Restrain, Concede, Major);
        ImmutableHashSet<string> fitted = ["case-0", "case-1", "case-2", "case-3", "case-4"];
        var one = Backtester.Run(cases, new FrequencyModel(priorScale: 2), new double[6], new BacktestOptions(fitted, false, new FitOptions(MaxDegreeOfParallelism: 1)), cancellationToken: TestContext.Current.CancellationToken);
        var two = Backtester.Run(cases, new FrequencyModel(priorScale: 2), new double[6], new BacktestOptions(fitted, false, new FitOptions(MaxDegreeOfParallelism: 2)), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(one.PerCase.SelectMany(c => c.Probabilities.Values), two.PerCase.SelectMany(c => c.Probabilities.Values));
        Assert.Equal(one.Baselines["logistic"], two.Baselines["logistic"]);
    }

    [Fact]
    public void Run_CancelledToken_ThrowsBeforeAnotherRefit()
    {
        var cases = FrequencyModel.Cases(Concede, Concede, Major, Restrain, Concede, Major);
        ImmutableHashSet<string> fitted = ["case-0", "case-1", "case-2", "case-3", "case-4"];
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        int refits = 0;
        Assert.ThrowsAny<OperationCanceledException>(() => Backtester.Run(
            cases, new FrequencyModel(priorScale: 2), new double[6], new BacktestOptions(fitted), new Progress<int>(_ => refits++), cancellation.Token));
        Assert.Equal(0, refits);
    }

    [Fact]
    public void Refits_CountsTheFittedCasesUnlessInSample()
    {
        var cases = FrequencyModel.Cases(Concede, Concede, Major);
        Assert.Equal(2, Backtester.Refits(cases, new BacktestOptions(["case-0", "case-2", "elsewhere"])));
        Assert.Equal(0, Backtester.Refits(cases, new BacktestOptions(["case-0", "case-2"], InSample: true)));
    }
}
