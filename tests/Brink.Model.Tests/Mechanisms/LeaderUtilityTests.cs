using Brink.Model.Mechanisms;
using Brink.Model.Packs;
using Brink.Model.Situations;
using static Brink.Model.Situations.ResponseCategory;

namespace Brink.Model.Tests.Mechanisms;

public sealed class LeaderUtilityTests
{
    [Fact]
    public void Value_SurvivalLossWeighsKappaTimes_GainsAndOtherObjectivesLinear()
    {
        Assert.Equal(-0.5, LeaderUtility.Value(Objective.Survival, -0.2, 2.5), 12);
        Assert.Equal(0.2, LeaderUtility.Value(Objective.Survival, 0.2, 2.5), 12);
        Assert.Equal(-0.2, LeaderUtility.Value(Objective.Economy, -0.2, 2.5), 12);
    }

    [Fact]
    public void Weights_HardlinersShiftEconomyToFaceAndInfluence()
    {
        var neutral = LeaderUtility.Weights(Scenarios.Pack, 0.5);
        var hard = LeaderUtility.Weights(Scenarios.Pack, 1.0);
        Assert.Equal(Scenarios.Pack[ParameterCatalog.WeightFace], neutral[(int)Objective.Face], 12);
        Assert.True(hard[(int)Objective.Face] > neutral[(int)Objective.Face]);
        Assert.True(hard[(int)Objective.Economy] < neutral[(int)Objective.Economy]);
        Assert.Equal(neutral[(int)Objective.Survival], hard[(int)Objective.Survival]);
    }

}
