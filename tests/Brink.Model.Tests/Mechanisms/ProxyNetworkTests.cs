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
    public void AfterCollapse_FallenPartnerZeroAndOthersWeakened()
    {
        // seed 000: "If Assad's regime falters ... a misstep in any one arena could ripple across the broader network"
        var proxies = Scenarios.Baseline().WithProxies(0.8, 0.6, 0.5).State.Proxies;
        var after = ProxyNetwork.AfterCollapse(proxies, 0, 0.5);
        Assert.Equal(0, after[0].Strength);
        Assert.Equal(0.6 * 0.6, after[1].Strength, 12);
        Assert.Equal(0.5 * 0.6, after[2].Strength, 12);
    }

    [Fact]
    public void Predict_StrongNetwork_RaisesDeniable()
    {
        // seed 000: "leverage local actors to project power without facing direct military confrontation"
        var blow = Scenarios.Baseline(TriggerKind.Sabotage, 0.6, overt: false, onSoil: true);
        double strong = Scenarios.P(blow.WithProxies(0.9, 0.8, 0.8), Deniable);
        double weak = Scenarios.P(blow.WithProxies(0.1, 0.1, 0.0), Deniable);
        Assert.True(strong - weak >= 0.10, $"strong {strong:F3} weak {weak:F3}");
    }

    [Fact]
    public void Predict_PartnerCollapseCascade_LowersDeniable()
    {
        // seed 002: "with Assad's regime collapsed and Hezbollah defeated, Iran stands exposed"
        var blow = Scenarios.Baseline(TriggerKind.Sabotage, 0.6, overt: false, onSoil: true).WithProxies(0.8, 0.7, 0.6);
        var collapsed = blow.WithState(w => w with { Proxies = ProxyNetwork.AfterCollapse(w.Proxies, 0, 0.5) });
        Assert.True(Scenarios.P(blow, Deniable) - Scenarios.P(collapsed, Deniable) >= 0.05);
    }

    [Fact]
    public void AttributionProbability_FallsWithNetworkStrength()
    {
        // seed 001: partners let Iran "maintain plausible deniability"
        var strong = DecisionContext.Create(Scenarios.Baseline().WithProxies(0.9, 0.9, 0.9), Scenarios.Pack);
        var none = DecisionContext.Create(Scenarios.Baseline().WithProxies(), Scenarios.Pack);
        Assert.True(ProxyNetwork.AttributionProbability(none) - ProxyNetwork.AttributionProbability(strong) >= 0.3);
    }

    [Fact]
    public void Predict_PainWithManyFronts_LowersDeniable()
    {
        // seed 000: "prolonged involvement in multiple theaters ... requires resources ... increasingly finite"
        var blow = Scenarios.Baseline(TriggerKind.Sabotage, 0.6, overt: false, onSoil: true).WithProxies(0.7, 0.7, 0.7, 0.7);
        double easy = Scenarios.P(blow.WithState(w => w with { Sanctions = 0.1, Economy = 0.8 }), Deniable);
        double pained = Scenarios.P(blow.WithState(w => w with { Sanctions = 0.95, Economy = 0.1 }), Deniable);
        Assert.True(easy - pained >= 0.03, $"easy {easy:F3} pained {pained:F3}");
    }
}
