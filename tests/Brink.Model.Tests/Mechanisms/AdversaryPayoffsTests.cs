using Brink.Model.Mechanisms;
using Brink.Model.Prediction;
using Brink.Model.Situations;
using static Brink.Model.Situations.ResponseCategory;

namespace Brink.Model.Tests.Mechanisms;

public sealed class AdversaryPayoffsTests
{
    [Fact]
    public void Utility_HardTypeEscalatesMoreReadilyThanSoft()
    {
        var context = DecisionContext.Create(Scenarios.Baseline(TriggerKind.MilitaryBuildup, 0.3), Scenarios.Pack);
        double hard = AdversaryPayoffs.Utility(context, Major, AdversaryReply.Escalate, hard: true);
        double soft = AdversaryPayoffs.Utility(context, Major, AdversaryReply.Escalate, hard: false);
        Assert.True(hard - soft >= 0.5);
    }

    [Fact]
    public void Provocation_ProportionalReplyIsNotProvocative()
    {
        var blow = new BlowProfile(0.9, 0, 0, 0, 0, 0, 0, 0);
        Assert.Equal(0, AdversaryPayoffs.Provocation(blow, 0.6));
        Assert.Equal(1 - 0.63, AdversaryPayoffs.Provocation(blow, 1.0), 12);
    }

    [Fact]
    public void Solve_EscalationRisesWithResponseIntensity()
    {
        // seed 001: overt attacks "could incite a conflict that he would lose"
        var solution = Scenarios.Predictor().Solve(Scenarios.Baseline(TriggerKind.MilitaryBuildup, 0.3));
        Assert.True(solution.Replies[(int)Major][2] - solution.Replies[(int)Restrain][2] >= 0.3);
    }

    [Fact]
    public void Predict_ResoluteAdversary_MiscalculationRiskLowersOpenEscalation()
    {
        // seed 001: "the risk for a miscalculation is real"; a hard type is likelier, so escalation is riskier
        var s = Scenarios.Baseline(TriggerKind.StrikeOnTerritory, 0.5, onSoil: true);
        double soft = Scenarios.P(s.WithRival(a => a with { Resolve = 0.1 }), Major);
        double hard = Scenarios.P(s.WithRival(a => a with { Resolve = 0.95 }), Major);
        Assert.True(soft - hard >= 0.02, $"soft {soft:F3} hard {hard:F3}");
    }

}
