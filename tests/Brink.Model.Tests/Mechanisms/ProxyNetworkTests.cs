using Brink.Model.Mechanisms;
using Brink.Model.Situations;
using static Brink.Model.Situations.ResponseCategory;

namespace Brink.Model.Tests.Mechanisms;

public sealed class ProxyNetworkTests
{
    [Fact]
    public void EffectiveStrength_MeanOfThreeStrongest_ReducedByProxyBlow()
    {
        var proxies = Scenarios.Baseline().WithProxies(0.9, 0.6, 0.3, 0.1).State.Proxies;
        Assert.Equal(0.6, ProxyNetwork.EffectiveStrength(proxies, 0, 0.5), 12);
        Assert.Equal(0.6 * (1 - (0.5 * 0.8)), ProxyNetwork.EffectiveStrength(proxies, 0.8, 0.5), 12);
        Assert.Equal(0, ProxyNetwork.EffectiveStrength([], 0, 0.5));
    }

    [Fact]
    public void AttributionProbability_FallsWithNetworkStrength()
    {
        // seed 001: partners let Iran "maintain plausible deniability"
        var strong = DecisionContext.Create(Scenarios.Baseline().WithProxies(0.9, 0.9, 0.9), Scenarios.Pack);
        var none = DecisionContext.Create(Scenarios.Baseline().WithProxies(), Scenarios.Pack);
        Assert.True(ProxyNetwork.AttributionProbability(none) - ProxyNetwork.AttributionProbability(strong) >= 0.3);
    }

}
