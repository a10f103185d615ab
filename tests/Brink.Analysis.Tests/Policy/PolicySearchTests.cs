using Brink.Analysis.Policy;
using Brink.Analysis.Simulation;
using Brink.Analysis.Tests.Simulation;
using Brink.Games.Solvers.Lemke;
using Brink.Model.Dynamics;
using Brink.Model.Prediction;

namespace Brink.Analysis.Tests.Policy;

[Trait("Category", "Slow")]
public class PolicySearchTests
{
    private static PolicySpace Shipped => PolicySpaceLoader.Load(Path.Combine(Fixtures.RepositoryRoot, "data", "policies", "spaces", "offer-after-pressure.yaml"));

    [Fact]
    public void Search_ShippedSpace_BestIsTheLeastWarlikeScheduleReachingTheTarget()
    {
        var result = PolicySearch.Search(Scenarios.Fordow, new Predictor(Scenarios.Pack), Fixtures.Iran, Shipped, new SimulationOptions(300, 12, 3), 0.3);
        Assert.Equal(12, result.Points.Length);
        var eligible = result.Points.Where(p => p.Deal >= 0.3).ToList();
        Assert.NotEmpty(eligible);
        Assert.NotNull(result.Best);
        Assert.Equal(eligible.Min(p => p.War), result.Best.War);
        Assert.All(result.Points, p => Assert.InRange(p.War + p.Deal + p.RegimeCrisis, 0, 1 + 1e-12));
    }

    [Fact]
    public void Search_UnreachableTarget_NoBest()
    {
        var result = PolicySearch.Search(Scenarios.Fordow, new Predictor(Scenarios.Pack), Fixtures.Iran, Shipped, new SimulationOptions(50, 12, 3), 1.0);
        Assert.Null(result.Best);
    }

    [Fact]
    public void Search_SameSeed_SameResultAtOneAndTwoWorkers()
    {
        var one = PolicySearch.Search(Scenarios.Fordow, new Predictor(Scenarios.Pack), Fixtures.Iran, Shipped, new SimulationOptions(600, 12, 3, 1), 0.3);
        var two = PolicySearch.Search(Scenarios.Fordow, new Predictor(Scenarios.Pack), Fixtures.Iran, Shipped, new SimulationOptions(600, 12, 3, 2), 0.3);
        Assert.Equal(one.Points, two.Points, (a, b) => a.Values.SequenceEqual(b.Values) && a with { Values = b.Values } == b);
    }
}
