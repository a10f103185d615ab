using Brink.Model.Mechanisms;
using Brink.Model.Packs;
using Brink.Model.Situations;
using static Brink.Model.Situations.ResponseCategory;

namespace Brink.Model.Tests.Mechanisms;

public sealed class BreakingPointTests
{
    private static Situation Coerced(double threat, double pain) => Scenarios.Baseline(TriggerKind.Ultimatum, 0.6)
        .WithRival(a => a with { Resolve = threat, ThreatCredibility = threat, Engagement = 0.4, HostilityRhetoric = 0.5 })
        .WithState(w => w with { Sanctions = pain, Economy = 1 - pain });

    [Fact]
    public void Pressure_IsGravestThreatTimesBurden()
    {
        var s = Coerced(0.8, 0.8);
        double burden = (0.8 * 0.8) + (0.5 * 0.4 * 0.5);
        Assert.Equal(0.64 * burden, BreakingPoint.Pressure(s), 12);
    }

    [Fact]
    public void Threshold_HostilityRaisesMediatorAndEngagementLower()
    {
        var context = DecisionContext.Create(Coerced(0.5, 0.5), Scenarios.Pack);
        var hostile = DecisionContext.Create(Coerced(0.5, 0.5).WithRival(a => a with { HostilityRhetoric = 1 }), Scenarios.Pack);
        var mediated = DecisionContext.Create(Coerced(0.5, 0.5).WithState(w => w with { MediatorAvailable = true }), Scenarios.Pack);
        Assert.True(BreakingPoint.Threshold(hostile) > BreakingPoint.Threshold(context));
        Assert.True(BreakingPoint.Threshold(mediated) < BreakingPoint.Threshold(context));
    }
}
