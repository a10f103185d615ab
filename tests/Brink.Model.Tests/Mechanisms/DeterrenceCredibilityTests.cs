using Brink.Model.Mechanisms;
using Brink.Model.Situations;
using static Brink.Model.Situations.ResponseCategory;

namespace Brink.Model.Tests.Mechanisms;

public sealed class DeterrenceCredibilityTests
{
    [Fact]
    public void Answered_SumsBlowTimesAnswers()
    {
        var blow = new BlowProfile(0.5, 0.2, 0.1, 0, 0, 0, 0, 0);
        var profile = new Brink.Model.Packs.ResponseProfile(0.5, 1, 0.5, 0, 1);
        Assert.Equal(0.6, DeterrenceCredibility.Answered(blow, profile), 12);
    }

    [Fact]
    public void Predict_LowCredibilityAfterGraveBlow_RaisesVisibleReply()
    {
        // seed 002: "Khamenei's threats are losing their potency ... inaction could be equally dangerous, signalling weakness"
        var blow = Scenarios.Baseline(TriggerKind.Decapitation, 0.85);
        double low = Scenarios.P(blow.WithState(w => w with { DeterrenceCredibility = 0.1 }), Scenarios.Open.ToArray());
        double high = Scenarios.P(blow.WithState(w => w with { DeterrenceCredibility = 0.9 }), Scenarios.Open.ToArray());
        Assert.True(low - high >= 0.05, $"low {low:F3} high {high:F3}");
    }

    [Fact]
    public void Predict_GraveOvertBlow_ProportionalReplyBeatsMajor()
    {
        // seed 001: "Khamenei will act based on ... his notions of proportionality"
        var d = Scenarios.Predict(Scenarios.Baseline(TriggerKind.Decapitation, 0.8));
        Assert.True(d[LimitedOvert] - d[Major] >= 0.10, $"limited {d[LimitedOvert]:F3} major {d[Major]:F3}");
    }

    [Fact]
    public void Predict_GraverBlow_LowersRestraint()
    {
        // seed 002: not answering a grave, overt blow signals weakness
        double mild = Scenarios.P(Scenarios.Baseline(TriggerKind.StrikeOnTerritory, 0.2, onSoil: true), Restrain, Concede);
        double grave = Scenarios.P(Scenarios.Baseline(TriggerKind.StrikeOnTerritory, 0.9, onSoil: true), Restrain, Concede);
        Assert.True(mild - grave >= 0.15, $"mild {mild:F3} grave {grave:F3}");
    }
}
