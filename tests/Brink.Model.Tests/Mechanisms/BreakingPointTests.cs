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
    public void Predict_CredibleThreatAndUnbearablePain_Concedes()
    {
        // seed 003: breaking point "if Khamenei deems the US military threat to be credible and unaffordably costly ...
        // at a time when the economic hardship ... is no longer bearable"
        double both = Scenarios.P(Coerced(0.9, 0.95), Concede);
        double threatOnly = Scenarios.P(Coerced(0.9, 0.3), Concede);
        double painOnly = Scenarios.P(Coerced(0.3, 0.95), Concede);
        Assert.True(both - threatOnly >= 0.2, $"both {both:F3} threat only {threatOnly:F3}");
        Assert.True(both - painOnly >= 0.2, $"both {both:F3} pain only {painOnly:F3}");
    }

    [Fact]
    public void Predict_HumiliatingRhetoric_LowersConcession()
    {
        // seed 003: Khamenei "likely does not want to open talks with a leader who ... uses humiliating rhetoric"
        var s = Coerced(0.7, 0.7);
        double respectful = Scenarios.P(s.WithRival(a => a with { HostilityRhetoric = 0.1 }), Concede);
        double humiliating = Scenarios.P(s.WithRival(a => a with { HostilityRhetoric = 0.95 }), Concede);
        Assert.True(respectful - humiliating >= 0.1, $"respectful {respectful:F3} humiliating {humiliating:F3}");
    }

    [Fact]
    public void Predict_Mediator_RaisesConcession()
    {
        // seed 003: "the Trump Administration should urgently seek international mediators"
        var s = Coerced(0.7, 0.7);
        double with = Scenarios.P(s.WithState(w => w with { MediatorAvailable = true }), Concede);
        double without = Scenarios.P(s, Concede);
        Assert.True(with - without >= 0.03, $"with {with:F3} without {without:F3}");
    }

    [Fact]
    public void Predict_EngagementOnOffer_RaisesConcession()
    {
        // seed 000: "engagement that provides economic or security incentives could reduce tensions"
        var s = Coerced(0.6, 0.6);
        double offered = Scenarios.P(s.WithRival(a => a with { Engagement = 0.9 }), Concede);
        double none = Scenarios.P(s.WithRival(a => a with { Engagement = 0.0 }), Concede);
        Assert.True(offered - none >= 0.05, $"offered {offered:F3} none {none:F3}");
    }

    [Fact]
    public void Predict_PoisonedChalice_LossAversionMakesDefiantLeaderConcede()
    {
        // seed 003: Khomeini accepted the ceasefire "more deadly than drinking hemlock" "in the interest of the Islamic Republic"
        var s = Coerced(0.7, 0.7);
        var neutral = Scenarios.Pack.With(ParameterCatalog.LossAversion, 1.0);
        var averse = Scenarios.Pack.With(ParameterCatalog.LossAversion, 4.0);
        Assert.True(Scenarios.P(s, averse, Concede) - Scenarios.P(s, neutral, Concede) >= 0.05);
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
