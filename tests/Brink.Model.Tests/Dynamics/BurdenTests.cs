using Brink.Model.Dynamics;
using Brink.Model.Prediction;
using Brink.Model.Randomness;
using Brink.Model.Situations;

namespace Brink.Model.Tests.Dynamics;

/// <summary>The burden of sanctions, a stock (docs/simulation.md, "The burden B is a stock, not a rate").</summary>
public class BurdenTests
{
    private const double Exact = 1e-12;
    private static readonly DynamicsParameters QuietIran = PackFiles.Iran with { Transitions = TriggerTransitionModel.Quiet };

    // Sanctions pinned at `sanctions` for `steps` restrained months; returns the state afterwards.
    private static CrisisStateBuilder Pressure(DynamicsParameters dynamics, double start, double sanctions, int steps)
    {
        var state = new CrisisStateBuilder(Scenarios.Pressure(sanctions: start, unrest: 0.3));
        var transition = new StateTransition(dynamics);
        var rng = Xoshiro256StarStar.ForStream(1, 0);
        for (int step = 0; step < steps; step++)
        {
            state.Sanctions = sanctions;
            transition.Apply(state, ResponseCategory.Restrain, AdversaryReply.Proportional, 0, ref rng);
        }

        return state;
    }

    [Fact]
    public void Reset_Burden_StartsAtTheStartingSanctions()
    {
        Assert.Equal(0.4, new CrisisStateBuilder(Scenarios.Pressure(sanctions: 0.4)).Burden);
    }

    [Fact]
    public void Apply_OneStep_BurdenGainsRateTimesSanctionsTimesGap()
    {
        var state = Pressure(QuietIran, 0.2, 0.95, 1);
        // B ← B + k·S·(1 − B) − m·(1 − S)·B with k = 0.10, m = 0.05 (packs/iran/dynamics.yaml).
        Assert.Equal(0.2 + (0.10 * 0.95 * 0.8) - (0.05 * 0.05 * 0.2), state.Burden, Exact);
        // The economy erodes with the burden before the update: E − e·B·E + g·(1 − S)·(1 − E).
        Assert.Equal(0.3 - (0.08 * 0.2 * 0.3) + (0.04 * 0.05 * 0.7), state.Economy, Exact);
    }

    [Fact]
    public void Apply_TwoYearsOfMaximumPressure_BurdenNearsEquilibriumAndTheEconomyErodesFurther()
    {
        var accumulating = Pressure(QuietIran, 0.2, 0.95, 24);
        var frozen = Pressure(QuietIran with { BurdenAccumulation = 0 }, 0.2, 0.95, 24);
        // Equilibrium k·S / (k·S + m·(1 − S)) = 0.095 / 0.0975 ≈ 0.974, time constant ≈ 10 steps: after 24 steps
        // within e^(−2.4) ≈ 9% of the gap from 0.2.
        Assert.InRange(accumulating.Burden, 0.974 - (0.09 * 0.774), 0.974);
        Assert.Equal(0.2 * Math.Pow(1 - (0.05 * 0.05), 24), frozen.Burden, Exact);
        Assert.True(accumulating.Economy < frozen.Economy - 0.1, $"economy {accumulating.Economy} vs {frozen.Economy}");
    }

    [Fact]
    public void ToDecisionPoint_AYearOfMaximumPressure_TheLeaderFeelsTheBurdenAndConcedesMoreThanWithoutAccumulation()
    {
        // Issue 11, item 3: the burden must reach the decision. The solver is put the sanctions as felt (the burden),
        // not the rate in force, which a maximum-pressure policy pins at 0.95 from month 1 whatever has been felt.
        var accumulating = Pressure(QuietIran, 0.2, 0.95, 12);
        var frozen = Pressure(QuietIran with { BurdenAccumulation = 0 }, 0.2, 0.95, 12);
        Assert.Equal(accumulating.Burden, accumulating.ToDecisionPoint().State.Sanctions);
        Assert.Equal(0.95, accumulating.ToSituation().State.Sanctions);

        // The same year seen by the real predictor under a sanctions demand: only the felt sanctions differ.
        var predictor = new Brink.Model.Prediction.Predictor(Brink.Model.Packs.PackLoader.Load(Path.Combine(Path.GetDirectoryName(PackFiles.IranDynamicsPath)!)));
        double Concede(CrisisStateBuilder state)
        {
            var point = state.ToDecisionPoint();
            var demand = point with { Focal = "iran", Trigger = new Trigger("rival", TriggerKind.Sanctions, 0.5, true, false, null), State = point.State with { Economy = frozen.Economy, Unrest = 0.3, Legitimacy = 0.5 } };
            return predictor.Predict(demand)[ResponseCategory.Concede];
        }

        double withBurden = Concede(accumulating);
        double withoutBurden = Concede(frozen);
        Assert.True(withBurden > withoutBurden * 1.2, $"concede {withBurden} with a year's burden vs {withoutBurden} without");
    }

    [Fact]
    public void Apply_SanctionsLifted_BurdenFades()
    {
        var state = Pressure(QuietIran, 0.9, 0.0, 12);
        // With S = 0 only relief acts: B = 0.9 · (1 − 0.05)^12.
        Assert.Equal(0.9 * Math.Pow(0.95, 12), state.Burden, Exact);
    }
}
