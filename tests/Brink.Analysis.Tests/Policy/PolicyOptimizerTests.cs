using Brink.Analysis.Policy;
using Brink.Analysis.Sweeps;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Analysis.Tests.Policy;

public class PolicyOptimizerTests
{
    private static readonly ModelPack Pack = PackLoader.Load(Path.Combine(Simulation.Fixtures.RepositoryRoot, "packs", "iran"));

    private static readonly Situation Letter = SituationLoader.Load(Path.Combine(Simulation.Fixtures.RepositoryRoot, "data", "cases", "iran", "trump-letter-2025.yaml"));

    private static readonly SweepAxis[] Controls =
    [
        new("state.adversaries.us.threat_credibility", 0.2, 1, 2),
        new("state.adversaries.us.engagement", 0, 1, 2),
    ];

    [Fact]
    public void Optimize_BestPolicy_ReachesTheTargetAndIsAsSafeAsAnyThatDoes()
    {
        var options = new PolicyOptions(TargetConcession: 0.4, Levels: 4, Draws: 4);
        var result = PolicyOptimizer.Optimize(Letter, Pack, Controls, options);
        Assert.NotNull(result.Best);
        Assert.True(result.Best!.Concession >= 0.4);
        Assert.All(result.TradeOff, t => Assert.True(t.Policy.Concession >= t.Target));

        // Check the answer against the model directly at the policy (draw 0 is the estimate itself).
        var situation = SweepTarget.Resolve(Controls[1].Path, Letter).Apply(
            SweepTarget.Resolve(Controls[0].Path, Letter).Apply(Letter, Pack, result.Best.Controls[0]).Situation, Pack, result.Best.Controls[1]).Situation;
        Assert.InRange(new Predictor(Pack).Predict(situation)[ResponseCategory.Concede], 0, 1);
    }

    [Fact]
    public void Optimize_UnreachableTarget_HasNoBestButReportsTheMostConceding()
    {
        var result = PolicyOptimizer.Optimize(Letter, Pack, [new SweepAxis("state.adversaries.us.hostility_rhetoric", 0.9, 1, 2)], new PolicyOptions(TargetConcession: 0.999, Levels: 2, Draws: 2));
        Assert.Null(result.Best);
        Assert.True(result.MostConceding.Concession < 0.999);
    }

    [Fact]
    public void Optimize_SameSeed_SameAnswerAtAnyThreadCount()
    {
        var one = PolicyOptimizer.Optimize(Letter, Pack, Controls, new PolicyOptions(Levels: 3, Draws: 3, MaxDegreeOfParallelism: 1));
        var two = PolicyOptimizer.Optimize(Letter, Pack, Controls, new PolicyOptions(Levels: 3, Draws: 3, MaxDegreeOfParallelism: 2));
        Assert.Equal(one.TradeOff.Select(t => t.Policy.War), two.TradeOff.Select(t => t.Policy.War));
    }
}
