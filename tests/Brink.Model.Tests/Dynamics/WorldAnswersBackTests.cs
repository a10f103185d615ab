using Brink.Model.Dynamics;
using Brink.Model.Prediction;
using Brink.Model.Randomness;
using Brink.Model.Situations;

namespace Brink.Model.Tests.Dynamics;

/// <summary>
/// The world that answers back (docs/simulation.md, "The world answers back"), rule by rule with the pack's rates:
/// emboldening, failure abroad, hard-liners under pressure, misperception, and the next blow's chance and weight.
/// Each test also switches its rate off and checks that the effect goes.
/// </summary>
public class WorldAnswersBackTests
{
    private const double Exact = 1e-12;
    private static readonly DynamicsParameters QuietIran = PackFiles.Iran with { Transitions = TriggerTransitionModel.Quiet };

    private static CrisisStateBuilder Step(DynamicsParameters dynamics, Situation situation, ResponseCategory response, AdversaryReply reply)
    {
        var state = new CrisisStateBuilder(situation);
        var rng = Xoshiro256StarStar.ForStream(1, 0);
        new StateTransition(dynamics).Apply(state, response, reply, 0, ref rng);
        return state;
    }

    [Fact]
    public void Apply_BlowLeftStanding_AnsweringAdversaryEmboldenedByTheLostCredibility()
    {
        var state = Step(QuietIran, Scenarios.Pressure(), ResponseCategory.Restrain, AdversaryReply.BackDown);
        // C = 0.6 · 0.9 = 0.54 after the decay; R ← R + ε·(1 − C)·(1 − R), ε = 0.10.
        Assert.Equal(0.8 + (0.10 * 0.46 * 0.2), state.Resolve(0), Exact);
        Assert.Equal(0.7, state.Resolve(1), Exact);
        Assert.Equal(0.8, Step(QuietIran with { AdversaryEmboldening = 0 }, Scenarios.Pressure(), ResponseCategory.Restrain, AdversaryReply.BackDown).Resolve(0), Exact);
    }

    [Fact]
    public void Apply_CredibleAnswer_AnsweringAdversarySobered()
    {
        var state = Step(QuietIran, Scenarios.Pressure(), ResponseCategory.LimitedOvert, AdversaryReply.Proportional);
        // C = 0.6 + 0.15 · 0.4 = 0.66; R ← R − ε·C·R.
        Assert.Equal(0.8 - (0.10 * 0.66 * 0.8), state.Resolve(0), Exact);
    }

    [Fact]
    public void Apply_ForcefulMoveOutEscalated_LostExchangeCostsLegitimacy()
    {
        var on = Step(QuietIran, Scenarios.Pressure(), ResponseCategory.LimitedOvert, AdversaryReply.Escalate);
        var off = Step(QuietIran with { LegitimacyLostExchangeCost = 0 }, Scenarios.Pressure(), ResponseCategory.LimitedOvert, AdversaryReply.Escalate);
        // L = 0.5 − 0.03, then the drift with U = 0.6: L − b·U·L + h·(1 − U)·(1 − L).
        double l = 0.47;
        Assert.Equal(l - (0.08 * 0.6 * l) + (0.02 * 0.4 * (1 - l)), on.Legitimacy, Exact);
        Assert.True(off.Legitimacy > on.Legitimacy + 0.02);
    }

    [Fact]
    public void ApplyTrigger_PartnerCollapse_FailureAbroadCostsLegitimacyTimesSeverity()
    {
        var state = new CrisisStateBuilder(Scenarios.Pressure());
        new StateTransition(QuietIran).ApplyTrigger(state, TriggerKind.ProxyCollapse, 0.8, true, false, 0);
        Assert.Equal(0.5 - (0.05 * 0.8), state.Legitimacy, Exact);
        var off = new CrisisStateBuilder(Scenarios.Pressure());
        new StateTransition(QuietIran with { LegitimacyPartnerCollapseCost = 0 }).ApplyTrigger(off, TriggerKind.ProxyCollapse, 0.8, true, false, 0);
        Assert.Equal(0.5, off.Legitimacy, Exact);
    }

    [Fact]
    public void Apply_SustainedPressure_HardlinersGainAndRelaxOnlyTheirGainsOnceItEases()
    {
        // Burden 0.9 (starting sanctions): H ← H + η·B·(1 − H), η = 0.03.
        var state = Step(QuietIran, Scenarios.Pressure(sanctions: 0.9), ResponseCategory.Restrain, AdversaryReply.BackDown);
        Assert.Equal(0.7 + (0.03 * 0.9 * 0.3), state.HardlinerInfluence, Exact);
        Assert.Equal(0.7, Step(QuietIran with { HardlinersFromPressure = 0 }, Scenarios.Pressure(sanctions: 0.9), ResponseCategory.Restrain, AdversaryReply.BackDown).HardlinerInfluence, Exact);

        // No pressure: the excess over the starting 0.7 relaxes by r = 0.05 a step.
        var relaxed = new CrisisStateBuilder(Scenarios.Pressure(sanctions: 0)) { HardlinerInfluence = 0.9 };
        var rng = Xoshiro256StarStar.ForStream(1, 0);
        new StateTransition(QuietIran).Apply(relaxed, ResponseCategory.Restrain, AdversaryReply.BackDown, 0, ref rng);
        Assert.Equal(0.9 - (0.05 * 0.2), relaxed.HardlinerInfluence, Exact);
    }

    [Theory]
    [InlineData(ResponseCategory.Deniable, true, 0.009, ResponseCategory.Major)]
    [InlineData(ResponseCategory.LimitedOvert, true, 0.009, ResponseCategory.Major)]
    [InlineData(ResponseCategory.LimitedOvert, true, 0.011, ResponseCategory.LimitedOvert)]
    [InlineData(ResponseCategory.LimitedOvert, false, 0.049, ResponseCategory.Major)]
    [InlineData(ResponseCategory.LimitedOvert, false, 0.051, ResponseCategory.LimitedOvert)]
    [InlineData(ResponseCategory.Restrain, false, 0.0, ResponseCategory.Restrain)]
    [InlineData(ResponseCategory.Nuclear, false, 0.0, ResponseCategory.Nuclear)]
    public void Perceive_LimitedMove_ReadAsMajorWithTheMisperceptionChance(ResponseCategory response, bool mediator, double uniform, ResponseCategory expected)
    {
        // μ = 0.05 without a mediator, 0.05 · (1 − 0.8) = 0.01 with one.
        var situation = Scenarios.Pressure() with { State = Scenarios.Pressure().State with { MediatorAvailable = mediator } };
        var state = new CrisisStateBuilder(situation);
        Assert.Equal(expected, new StateTransition(PackFiles.Iran).Perceive(state, response, uniform));
        Assert.Equal(response, new StateTransition(PackFiles.Iran with { MisperceptionLimitedAsMajor = 0 }).Perceive(state, response, uniform));
    }

    [Fact]
    public void Apply_LowCredibility_NextBlowLikelierAndHeavier()
    {
        var (lowShare, lowSeverity) = Blows(PackFiles.Iran, 0.0);
        var (highShare, highSeverity) = Blows(PackFiles.Iran, 1.0);
        Assert.True(lowShare > highShare + 0.05, $"hostile share {lowShare} at credibility 0 vs {highShare} at 1");
        Assert.True(lowSeverity > highSeverity + 0.03, $"severity {lowSeverity} vs {highSeverity}");

        // Switched off, credibility no longer moves the draw: the same stream gives the same blows.
        var off = PackFiles.Iran with { AdversaryBoldnessGain = 0, AdversarySeverityGain = 0 };
        Assert.Equal(Blows(off, 1.0), Blows(off, 0.0));
    }

    [Fact]
    public void Apply_IrresoluteDealer_FewerBlowsAndNotWithoutTheGain()
    {
        var (weak, _) = Blows(PackFiles.Iran, 0.5, resolve: 0.2);
        var (resolved, _) = Blows(PackFiles.Iran, 0.5, resolve: 0.9);
        // Weights × (1 + 1.6 · (R − ½)): 0.52 at R = 0.2 against 1.64 at 0.9.
        Assert.True(resolved > weak + 0.1, $"hostile share {weak} at resolve 0.2 vs {resolved} at 0.9");
        var off = PackFiles.Iran with { AdversaryResolveGain = 0 };
        Assert.Equal(Blows(off, 0.5, resolve: 0.9), Blows(off, 0.5, resolve: 0.2));
    }

    // Share of hostile next triggers and their mean severity after a restrained step, over 4,000 streams; the
    // answering adversary (index 0) has the given resolve.
    private static (double Share, double Severity) Blows(DynamicsParameters dynamics, double credibility, double resolve = 0.8)
    {
        const int n = 4000;
        var transition = new StateTransition(dynamics with { CredibilityDecayUnexecuted = 0, AdversaryEmboldening = 0 });
        var state = new CrisisStateBuilder(Scenarios.Pressure());
        int hostile = 0;
        double severity = 0;
        for (int i = 0; i < n; i++)
        {
            state.Reset();
            state.DeterrenceCredibility = credibility;
            state.SetResolve(0, resolve);
            var rng = Xoshiro256StarStar.ForStream(3, (ulong)i);
            transition.Apply(state, ResponseCategory.Restrain, AdversaryReply.Proportional, 0, ref rng);
            if (StateTransition.IsHostile(state.TriggerKind))
            {
                hostile++;
                severity += state.TriggerSeverity;
            }
        }

        return ((double)hostile / n, hostile == 0 ? 0 : severity / hostile);
    }
}
