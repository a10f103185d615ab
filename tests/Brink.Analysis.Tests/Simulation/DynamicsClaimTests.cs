using Brink.Analysis.Simulation;
using Brink.Model.Dynamics;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Analysis.Tests.Simulation;

/// <summary>
/// Closed-loop checks of each dynamic claim of docs/simulation.md with the real predictor (the shipped pack,
/// loaded as the CLI loads it). Every test runs both ways: with the pack's rates, where the claim's effect must
/// show in the stated direction and shape over the horizon, and with the dynamic's rate set to 0 in a copy of the
/// parameters, where the same measurement must lose the effect. A test that passed with its dynamic off would
/// not be testing the dynamic. Seeds are fixed; margins are stated against the sampling error of the run counts.
/// </summary>
[Trait("Category", "Slow")]
public class DynamicsClaimTests(ITestOutputHelper output)
{
    private const int Runs = 2000;

    private static DynamicsParameters On => Fixtures.Iran;

    // Mean over steps from..to of a per-step quantity.
    private static double Mean(SimulationResult result, string variable, int from, int to) =>
        result.States.Where(s => s.Variable == variable && s.Step >= from && s.Step <= to).Average(s => s.Mean);

    private static double ResponseShare(SimulationResult result, string response, int from, int to) =>
        result.Responses.Where(r => r.Response == response && r.Step >= from && r.Step <= to).Average(r => r.Share);

    private static double ReplyShare(SimulationResult result, string reply, int from, int to) =>
        result.Replies.Where(r => r.Reply == reply && r.Step >= from && r.Step <= to).Average(r => r.Share);

    private static double HostileShare(SimulationResult result, int from, int to) =>
        result.Triggers.Where(t => t.Step >= from && t.Step <= to && TriggerKindNames.TryParse(t.Trigger, out var kind) && StateTransition.IsHostile(kind)).Sum(t => t.Share) / (to - from + 1);

    private static double Cumulative(SimulationResult result, string outcome, int step) =>
        result.Outcomes.Single(o => o.Step == step && o.Outcome == outcome).Share;

    [Fact]
    public void Accumulation_MaximumPressure_ConcedeChanceRisesOverTheYearAndNotWithoutIt()
    {
        // Issue 11, item 3. Without the fix the solver was shown the sanctions in force (pinned at 0.95 from month 1)
        // rather than the burden felt, so rate 0 gave the same rise. Measured (2,000 runs, seed 7): with accumulation
        // the concede share goes 0.010 (month 1) → about 0.035 (months 7-12), without it about 0.020.
        var on = Scenarios.Simulate(Scenarios.Healthy, On, Runs, 12, "maximum-pressure");
        var off = Scenarios.Simulate(Scenarios.Healthy, On with { BurdenAccumulation = 0 }, Runs, 12, "maximum-pressure");
        double riseOn = ResponseShare(on, "concede", 7, 12) - ResponseShare(on, "concede", 1, 3);
        double riseOff = ResponseShare(off, "concede", 7, 12) - ResponseShare(off, "concede", 1, 3);
        output.WriteLine($"concede: on {ResponseShare(on, "concede", 1, 1):F4} → {ResponseShare(on, "concede", 12, 12):F4} (rise {riseOn:F4}); off {ResponseShare(off, "concede", 1, 1):F4} → {ResponseShare(off, "concede", 12, 12):F4} (rise {riseOff:F4})");
        output.WriteLine($"burden@12 on {Mean(on, "sanctions_burden", 12, 12):F3} off {Mean(off, "sanctions_burden", 12, 12):F3}");

        // A six-step mean of a share near 0.03 from 2,000 runs has standard error about 0.0016 and a three-step
        // mean about 0.0022; a difference of rises across two runs about 0.0039. Measured: rise 0.020 with
        // accumulation, 0.0065 without; the margins sit about 1.5 standard errors below the measured values.
        Assert.True(riseOn > 0.01, $"rise {riseOn}");
        Assert.True(riseOn - riseOff > 0.008, $"rise {riseOn} with accumulation vs {riseOff} without");
        // Shape: the felt burden climbs month after month with accumulation and stays put without it.
        Assert.True(Mean(on, "sanctions_burden", 12, 12) > Mean(on, "sanctions_burden", 6, 6) + 0.1);
        Assert.True(Mean(off, "sanctions_burden", 12, 12) <= Mean(off, "sanctions_burden", 0, 0) + 1e-9);
    }

    [Fact]
    public void Boldness_LowCredibility_DrawsMoreHostileBlowsAndNotWithoutIt()
    {
        // Restraint lowers credibility; low credibility invites the next blow. Contrast a leader believed (0.9) and one
        // not (0.1) from the same calm start; with adversary.boldness_gain 0 the contrast comes only from the
        // different responses and must shrink.
        double Contrast(DynamicsParameters dynamics)
        {
            var low = Scenarios.Simulate(Scenarios.With(Scenarios.Calm, "state.deterrence_credibility", 0.1), dynamics, Runs, 6);
            var high = Scenarios.Simulate(Scenarios.With(Scenarios.Calm, "state.deterrence_credibility", 0.9), dynamics, Runs, 6);
            return HostileShare(low, 1, 6) - HostileShare(high, 1, 6);
        }

        double on = Contrast(On);
        double off = Contrast(On with { AdversaryBoldnessGain = 0 });
        output.WriteLine($"hostile share low − high credibility: on {on:F4}, off {off:F4}");
        // Six steps × 2,000 draws per side: a share's standard error is about 0.0045, a contrast's 0.0064.
        Assert.True(on > 0.05, $"contrast {on}");
        Assert.True(on - off > 0.04, $"contrast {on} with boldness vs {off} without");
    }

    [Fact]
    public void SeverityGain_LowCredibility_HeavierBlowsAndNotWithoutIt()
    {
        double Contrast(DynamicsParameters dynamics)
        {
            var low = Scenarios.Simulate(Scenarios.With(Scenarios.Calm, "state.deterrence_credibility", 0.1), dynamics, Runs, 6);
            var high = Scenarios.Simulate(Scenarios.With(Scenarios.Calm, "state.deterrence_credibility", 0.9), dynamics, Runs, 6);
            return Mean(low, "trigger_severity", 1, 6) - Mean(high, "trigger_severity", 1, 6);
        }

        // Boldness off on both sides, so the mix of kinds (which differ in severity) does not differ by credibility.
        var baseline = On with { AdversaryBoldnessGain = 0 };
        double on = Contrast(baseline);
        double off = Contrast(baseline with { AdversarySeverityGain = 0 });
        output.WriteLine($"mean severity low − high credibility: on {on:F4}, off {off:F4}");
        // Severities are on 0..1 with a standard deviation about 0.3: a six-step mean of 2,000 runs has standard
        // error about 0.003 per side, a contrast about 0.004 and a difference of contrasts about 0.006. The mean is
        // over every trigger (offers and `none` included), which dilutes the shift: measured 0.032 on, 0.016 off.
        Assert.True(on > 0.02, $"contrast {on}");
        Assert.True(on - off > 0.01, $"contrast {on} with the gain vs {off} without");
    }

    [Fact]
    public void Emboldening_BlowsLeftStanding_AdversaryEscalatesMoreLaterAndNotWithoutIt()
    {
        // The adversary's reply depends on the leader's credibility through its resolve: blows left standing by a
        // leader whose threats are not believed embolden it. Step 1 is identical both ways (the same exact solve);
        // the gap must open up over the year.
        var start = Scenarios.With(Scenarios.Calm, "state.deterrence_credibility", 0.1);
        var on = Scenarios.Simulate(start, On, Runs, 12);
        var off = Scenarios.Simulate(start, On with { AdversaryEmboldening = 0 }, Runs, 12);
        double early = ReplyShare(on, "escalate", 1, 1) - ReplyShare(off, "escalate", 1, 1);
        double late = ReplyShare(on, "escalate", 7, 12) - ReplyShare(off, "escalate", 7, 12);
        double backDownLate = ReplyShare(on, "back_down", 7, 12) - ReplyShare(off, "back_down", 7, 12);
        output.WriteLine($"escalate on − off: step 1 {early:F4}, steps 7-12 {late:F4}; back_down steps 7-12 {backDownLate:F4}");
        Assert.Equal(0, early, 12);
        // Six steps of 2,000 replies: a share's standard error about 0.0035, a difference's 0.005. Measured 0.018.
        Assert.True(late > 0.01, $"escalation gap {late}");
    }

    [Fact]
    public void FailureAbroad_FragilePartners_LegitimacyFallsFurtherOverTheHorizonAndNotWithoutIt()
    {
        // Fordow, June 2025: a weak network (Hamas 0.05, Hezbollah 0.15) under fire, where collapses and lost exchanges come often.
        var start = Scenarios.Fordow;
        var on = Scenarios.Simulate(start, On, Runs, 12);
        var off = Scenarios.Simulate(start, On with { LegitimacyPartnerCollapseCost = 0, LegitimacyLostExchangeCost = 0 }, Runs, 12);
        double gap4 = Mean(off, "legitimacy", 4, 4) - Mean(on, "legitimacy", 4, 4);
        double gap12 = Mean(off, "legitimacy", 12, 12) - Mean(on, "legitimacy", 12, 12);
        output.WriteLine($"legitimacy off − on: step 4 {gap4:F4}, step 12 {gap12:F4}; regime crisis@12 on {Cumulative(on, "regime_crisis", 12):F3} off {Cumulative(off, "regime_crisis", 12):F3}");
        Assert.True(gap4 > 0.005, $"gap at 4: {gap4}");
        Assert.True(gap12 > gap4, $"the gap grows: {gap4} → {gap12}");

        // Each cost alone moves legitimacy the same way.
        var collapseOnly = Scenarios.Simulate(start, On with { LegitimacyLostExchangeCost = 0 }, Runs, 12);
        var exchangeOnly = Scenarios.Simulate(start, On with { LegitimacyPartnerCollapseCost = 0 }, Runs, 12);
        Assert.True(Mean(collapseOnly, "legitimacy", 12, 12) < Mean(off, "legitimacy", 12, 12) - 0.002);
        Assert.True(Mean(exchangeOnly, "legitimacy", 12, 12) < Mean(off, "legitimacy", 12, 12) - 0.002);
    }

    [Fact]
    public void Hardliners_SustainedPressure_InfluenceRisesAndConcessionFallsAndNotWithoutIt()
    {
        var on = Scenarios.Simulate(Scenarios.Healthy, On, Runs, 12, "maximum-pressure");
        var off = Scenarios.Simulate(Scenarios.Healthy, On with { HardlinersFromPressure = 0 }, Runs, 12, "maximum-pressure");
        double start = Mean(on, "hardliner_influence", 0, 0);
        output.WriteLine($"hard-liners: {start:F3} → on {Mean(on, "hardliner_influence", 6, 6):F3}, {Mean(on, "hardliner_influence", 12, 12):F3}; off {Mean(off, "hardliner_influence", 12, 12):F3}");
        output.WriteLine($"concede 7-12 on {ResponseShare(on, "concede", 7, 12):F4} off {ResponseShare(off, "concede", 7, 12):F4}");
        // Rising month after month (shape), and not at all with the rate at 0 (relaxation only ever lowers it).
        Assert.True(Mean(on, "hardliner_influence", 6, 6) > start + 0.03);
        Assert.True(Mean(on, "hardliner_influence", 12, 12) > Mean(on, "hardliner_influence", 6, 6) + 0.03);
        Assert.True(Mean(off, "hardliner_influence", 12, 12) <= start + 1e-9);
    }

    [Fact]
    public void Misperception_NoChannel_LimitedMovesReadAsMajorFeedOpenWarAndNotWithoutIt()
    {
        // Without a trusted mediator a limited move is sometimes read as a major one and answered as such: war comes
        // sooner. Both ways share step 1's exact solve, so the gap starts at the misreadings and widens.
        var start = Scenarios.With(Scenarios.Calm, "state.mediator_available", 0);
        var on = Scenarios.Simulate(start, On, Runs, 12);
        var off = Scenarios.Simulate(start, On with { MisperceptionLimitedAsMajor = 0 }, Runs, 12);
        double gap3 = Cumulative(on, "war", 3) - Cumulative(off, "war", 3);
        double gap12 = Cumulative(on, "war", 12) - Cumulative(off, "war", 12);
        output.WriteLine($"war on − off: step 3 {gap3:F4}, step 12 {gap12:F4} (on {Cumulative(on, "war", 12):F3}, off {Cumulative(off, "war", 12):F3})");
        // A cumulative share near 0.08 from 2,000 runs has standard error about 0.006; a difference about 0.0086.
        Assert.True(gap12 > 0.025, $"gap {gap12}");
        Assert.True(gap12 > gap3, $"the gap widens: {gap3} → {gap12}");
    }

    [Fact]
    public void OpenWar_CalmStartWeakAdversary_StaysRareWithinAYear()
    {
        // Before open war needed a major move answered by escalation, any single draw of `major` counted, and this
        // start reached war in 16.7% of runs within 12 steps (20,000 runs); now about 6%.
        var result = Scenarios.Simulate(Scenarios.Calm, On, 4000, 12);
        double war = Cumulative(result, "war", 12);
        var times = result.TimesToOutcome.Single(t => t.Outcome == "war");
        output.WriteLine($"war within 12: {war:F4}; median step among those {times.Median}; hazard step 1 {result.Hazards.Single(h => h.Step == 1 && h.Outcome == "war").Hazard:F4}");
        Assert.True(war < 0.08, $"war {war}");
        Assert.All(result.Hazards.Where(h => h.Outcome == "war"), h => Assert.True(h.Hazard < 0.02, $"step {h.Step}: {h.Hazard}"));
    }

    [Fact]
    public void Properties_RealPredictor_SharesSumToOneAndHazardsAgreeWithTheCumulativeCounts()
    {
        var result = Scenarios.Simulate(Scenarios.Fordow, On, 600, 8, "pressure-then-offer");
        Assert.All(result.Outcomes.GroupBy(o => o.Step), g => Assert.Equal(1.0, g.Sum(o => o.Share), 12));
        Assert.All(result.Responses.GroupBy(o => o.Step), g => Assert.Equal(1.0, g.Sum(o => o.Share), 12));
        Assert.All(result.Replies.GroupBy(o => o.Step), g => Assert.Equal(1.0, g.Sum(o => o.Share), 12));
        Assert.All(result.Triggers.GroupBy(o => o.Step), g => Assert.Equal(1.0, g.Sum(o => o.Share), 12));
        foreach (var time in result.TimesToOutcome.Where(t => t.Outcome != OutcomeTiming.Any))
        {
            long events = result.Hazards.Where(h => h.Outcome == time.Outcome).Sum(h => h.Events);
            Assert.Equal(result.Outcomes.Single(o => o.Step == 8 && o.Outcome == time.Outcome).Count, events);
            Assert.Equal(time.Reached, events);
        }

        Assert.All(result.Hazards, h => Assert.Equal(h.AtRisk == 0 ? 0 : (double)h.Events / h.AtRisk, h.Hazard, 15));
    }

    [Fact]
    public void Determinism_RealPredictorUnderAPolicy_ByteIdenticalJsonAtOneTwoAndThreeWorkers()
    {
        string Json(int threads)
        {
            var result = Simulator.Run(Scenarios.Fordow, new Predictor(Scenarios.Pack), On, new SimulationOptions(1100, 8, 11, threads), policy: Scenarios.Policy("pressure-then-offer", Scenarios.Fordow, 8));
            return Brink.Analysis.Runs.RunResult.Of(result with { Options = result.Options with { MaxDegreeOfParallelism = 0 } }).Json;
        }

        string one = Json(1);
        Assert.Equal(one, Json(2));
        Assert.Equal(one, Json(3));
    }
}
