using Brink.Model.Mechanisms;
using Brink.Model.Situations;
using static Brink.Model.Situations.ResponseCategory;

namespace Brink.Model.Tests.Mechanisms;

public sealed class ThirdPartiesAndTimingTests
{
    [Theory]
    [InlineData(null, 12, 0.0)]
    [InlineData(0, 12, 1.0)]
    [InlineData(6, 12, 0.5)]
    [InlineData(24, 12, 0.0)]
    public void Nearness_LinearWithinHorizon(int? months, double horizon, double expected) =>
        Assert.Equal(expected, ThirdPartiesAndTiming.Nearness(months, horizon), 12);

    [Fact]
    public void Predict_EuropeanLifeline_FavoursRestraintAndNuclearOverOpenWar()
    {
        // seed 001: "a military escalation could pull Europe away at a critical moment for the Iranian economy"
        var s = Scenarios.Baseline(TriggerKind.Decapitation, 0.6);
        var rich = s.WithState(w => w with { ThirdParties = [new ThirdParty("traders", 0.9)] });
        var poor = s.WithState(w => w with { ThirdParties = [] });
        Assert.True(Scenarios.P(poor, Scenarios.Open.ToArray()) - Scenarios.P(rich, Scenarios.Open.ToArray()) >= 0.05);
        Assert.True(Scenarios.P(rich, Restrain, Nuclear) > Scenarios.P(poor, Restrain, Nuclear));
    }

    [Fact]
    public void Predict_AdversaryElectionNear_RaisesRestraint()
    {
        // seed 003: "his ideal scenario is for both countries to have different presidents in place by 2021"
        var s = Scenarios.Baseline(TriggerKind.Sanctions, 0.5);
        double near = Scenarios.P(s.WithRival(a => a with { ElectionMonths = 2 }), Restrain);
        double far = Scenarios.P(s, Restrain);
        Assert.True(near - far >= 0.05, $"near {near:F3} far {far:F3}");
    }

    [Fact]
    public void Predict_OwnElectionNear_RaisesRestraint()
    {
        // seed 003: a new negotiating team after Iran's own 2021 election
        var s = Scenarios.Baseline(TriggerKind.Sanctions, 0.5);
        Assert.True(Scenarios.P(s.WithState(w => w with { OwnElectionMonths = 1 }), Restrain) - Scenarios.P(s, Restrain) >= 0.02);
    }
}
