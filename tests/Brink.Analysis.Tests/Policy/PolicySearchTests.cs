using Brink.Analysis.Policy;
using Brink.Analysis.Simulation;
using Brink.Analysis.Tests.Simulation;
using Brink.Model.Dynamics;

namespace Brink.Analysis.Tests.Policy;

[Trait("Category", "Slow")]
public class PolicySearchTests
{
    private static PolicySpace Shipped => PolicySpaceLoader.Load(Path.Combine(Fixtures.RepositoryRoot, "data", "policies", "spaces", "offer-after-pressure.yaml"));

    private static PolicySearchResult Search(int runs, double target, int draws, int workers = 0) =>
        PolicySearch.Search(Scenarios.Fordow, Scenarios.Pack, Fixtures.Iran, Shipped, new SimulationOptions(runs, 12, 3, workers), new PolicySearchOptions(target, draws));

    [Fact]
    public void Search_PointEstimate_BestIsTheLeastWarlikeScheduleReachingTheTarget()
    {
        var result = Search(300, 0.3, draws: 0);
        Assert.Equal(12, result.Points.Length);
        Assert.Equal(0, result.Draws);
        Assert.Null(result.DrawSource);
        var eligible = result.Points.Where(p => p.Deal.Mean >= 0.3).ToList();
        Assert.NotEmpty(eligible);
        Assert.NotNull(result.Best);
        Assert.Equal(eligible.Min(p => p.War.Mean), result.Best.War.Mean);
        Assert.All(result.Points, p => Assert.InRange(p.War.Mean + p.Deal.Mean + p.RegimeCrisis.Mean, 0, 1 + 1e-12));

        // One simulation per schedule: the spread collapses onto the point.
        Assert.All(result.Points, p => Assert.True(p.War.Low == p.War.Mean && p.War.High == p.War.Mean && p.Deal.Low == p.Deal.High));
    }

    [Fact]
    public void Search_Draws_ReportsMeanAndPercentilesAndChoosesOnlySchedulesReachingTheTargetInEnoughDraws()
    {
        var result = Search(200, 0.3, draws: 6);
        Assert.Equal(6, result.Draws);
        Assert.Equal("covariance", result.DrawSource);
        Assert.Equal(PolicySearchOptions.DefaultRequiredShare, result.RequiredShare);
        Assert.All(result.Points, p =>
        {
            Assert.InRange(p.War.Mean, p.War.Low, p.War.High);
            Assert.InRange(p.Deal.Mean, p.Deal.Low, p.Deal.High);
            Assert.InRange(p.TargetReached, 0, 1);
        });

        // The fit's uncertainty shows: some schedule's deal share moves by more than sampling noise across draws.
        Assert.Contains(result.Points, p => p.Deal.High - p.Deal.Low > 0.05);
        Assert.NotNull(result.Best);
        Assert.True(result.Best.TargetReached >= 5.0 / 6, $"best reaches the target in {result.Best.TargetReached} of draws");
        var eligible = result.Points.Where(p => PolicySearch.Enough((int)Math.Round(p.TargetReached * 6), 6, 0.8)).ToList();
        Assert.Equal(eligible.Min(p => p.War.Mean), result.Best.War.Mean);
        Assert.NotNull(result.BestPolicy);
        Assert.Contains("schedule:", result.BestPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("$offer_step", result.BestPolicy, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_TargetThePointEstimateBarelyReaches_RobustChoiceDiffersOrIsNone()
    {
        // The highest deal share any schedule reaches at the fitted values: the point estimate picks that schedule,
        // but over the fit's uncertainty about half the draws fall short of it, so the robust search must not.
        var point = Search(200, 0.05, draws: 0);
        var most = point.Points.MaxBy(p => p.Deal.Mean)!;
        var pointChoice = Search(200, most.Deal.Mean, draws: 0);
        Assert.NotNull(pointChoice.Best);
        Assert.Equal(most.Values, pointChoice.Best.Values);

        var robust = Search(200, most.Deal.Mean, draws: 6);
        Assert.True(robust.Best is null || !robust.Best.Values.SequenceEqual(pointChoice.Best.Values), "the robust search chose the point estimate's schedule");
        Assert.True(robust.Points.Single(p => p.Values.SequenceEqual(most.Values)).TargetReached < PolicySearchOptions.DefaultRequiredShare);
    }

    [Fact]
    public void Search_TradeOffCurve_WarNeverFallsAsTheDealTargetRises()
    {
        var result = Search(200, 0.3, draws: 4);
        Assert.NotEmpty(result.TradeOff);
        for (int i = 1; i < result.TradeOff.Length; i++)
        {
            Assert.True(result.TradeOff[i].TargetDeal > result.TradeOff[i - 1].TargetDeal);
            Assert.True(result.TradeOff[i].Schedule.War.Mean >= result.TradeOff[i - 1].Schedule.War.Mean);
        }
    }

    [Fact]
    public void Search_UnreachableTarget_NoBest()
    {
        var result = Search(50, 1.0, draws: 2);
        Assert.Null(result.Best);
        Assert.Null(result.BestPolicy);
    }

    [Fact]
    public void Search_SameSeed_SameResultAtOneAndTwoWorkers()
    {
        var one = Search(300, 0.3, draws: 3, workers: 1);
        var two = Search(300, 0.3, draws: 3, workers: 2);
        Assert.Equal(one.Points, two.Points, (a, b) => a.Values.SequenceEqual(b.Values) && a with { Values = b.Values } == b);
        Assert.Equal(one.BestPolicy, two.BestPolicy);
    }

    [Theory]
    [InlineData(8, 10, 0.8, true)]
    [InlineData(7, 10, 0.8, false)]
    [InlineData(1, 1, 1.0, true)]
    [InlineData(0, 1, 1.0, false)]
    [InlineData(3, 4, 0.8, false)]
    [InlineData(4, 4, 0.8, true)]
    public void Enough_CountsAgainstTheRequiredShare(int reached, int draws, double required, bool expected) =>
        Assert.Equal(expected, PolicySearch.Enough(reached, draws, required));
}
