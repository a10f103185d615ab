using Brink.Model.Mechanisms;
using Brink.Model.Situations;
using static Brink.Model.Situations.ResponseCategory;

namespace Brink.Model.Tests.Mechanisms;

public sealed class DomesticPoliticsTests
{
    [Fact]
    public void EconomicPain_IsSanctionsTimesWeakness()
    {
        var state = Scenarios.Baseline().State with { Sanctions = 0.8, Economy = 0.25 };
        Assert.Equal(0.6, DomesticPolitics.EconomicPain(state), 12);
    }

}
