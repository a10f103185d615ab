using Brink.Model.Dynamics;
using Brink.Model.Prediction;
using Brink.Model.Randomness;
using Brink.Model.Situations;
using FsCheck;
using FsCheck.Fluent;

namespace Brink.Model.Tests.Dynamics;

public class StateTransitionTests
{
    private const double Exact = 1e-12;

    // The pack's rates with a transition model where nothing further happens, so a test sees one rule at a time.
    private static readonly DynamicsParameters QuietIran = PackFiles.Iran with { Transitions = TriggerTransitionModel.Quiet };

    [Fact]
    public void Apply_RestrainAfterHostileTrigger_CredibilityDecaysByRate()
    {
        var state = Step(Scenarios.Pressure(), ResponseCategory.Restrain, AdversaryReply.BackDown);
        Assert.Equal(0.6 * (1 - 0.10), state.DeterrenceCredibility, Exact);
    }

    [Fact]
    public void Apply_RestrainAfterOffer_CredibilityUnchanged()
    {
        var offer = Scenarios.Pressure() with { Trigger = new Trigger("rival", TriggerKind.DiplomaticOffer, 0.1, true, false, null) };
        var state = Step(offer, ResponseCategory.Restrain, AdversaryReply.BackDown);
        Assert.Equal(0.6, state.DeterrenceCredibility, Exact);
    }

    [Theory]
    [InlineData(ResponseCategory.LimitedOvert, AdversaryReply.Proportional, 0.6 + (0.15 * 0.4))]
    [InlineData(ResponseCategory.Major, AdversaryReply.BackDown, 0.6 + (0.15 * 0.4))]
    [InlineData(ResponseCategory.Deniable, AdversaryReply.Proportional, 0.6 + (0.5 * 0.15 * 0.4))]
    [InlineData(ResponseCategory.LimitedOvert, AdversaryReply.Escalate, 0.6)]
    public void Apply_ExecutedReply_CredibilityRestoredUnlessOutEscalated(ResponseCategory response, AdversaryReply reply, double expected)
    {
        var state = Step(Scenarios.Pressure(), response, reply);
        Assert.Equal(expected, state.DeterrenceCredibility, Exact);
    }

    [Fact]
    public void Apply_Deniable_SpendsEveryPartnerWithoutRebuilding()
    {
        var state = Step(Scenarios.Pressure(), ResponseCategory.Deniable, AdversaryReply.BackDown);
        double[] before = [0.9, 0.6, 0.8, 0.7];
        for (int i = 0; i < before.Length; i++)
        {
            Assert.Equal(before[i] * (1 - 0.12), state.ProxyStrength(i), Exact);
        }
    }

    [Fact]
    public void Apply_Restrain_LivingPartnersRebuild()
    {
        var state = Step(Scenarios.Pressure(), ResponseCategory.Restrain, AdversaryReply.BackDown);
        Assert.Equal(0.6 + (0.03 * 0.4), state.ProxyStrength(1), Exact);
    }

    [Fact]
    public void ApplyTrigger_ProxyCollapse_WeakestFallsAndEveryOtherPartnerLoses()
    {
        var state = new CrisisStateBuilder(Scenarios.Pressure());
        new StateTransition(QuietIran).ApplyTrigger(state, TriggerKind.ProxyCollapse, 0.8, true, false, 0);
        Assert.Equal(0, state.ProxyStrength(1));
        Assert.Equal(0.9 * 0.75, state.ProxyStrength(0), Exact);
        Assert.Equal(0.8 * 0.75, state.ProxyStrength(2), Exact);
        Assert.Equal(0.7 * 0.75, state.ProxyStrength(3), Exact);
    }

    [Fact]
    public void ApplyTrigger_ProxyCollapseWithoutPartners_OnlySetsTrigger()
    {
        var state = new CrisisStateBuilder(Scenarios.WithoutProxies());
        new StateTransition(QuietIran).ApplyTrigger(state, TriggerKind.ProxyCollapse, 0.8, true, false, 0);
        Assert.Equal(TriggerKind.ProxyCollapse, state.TriggerKind);
        Assert.Equal(0, state.MeanProxyStrength);
    }

    [Fact]
    public void ApplyTrigger_StrikeOnProxy_HitsStrongestPartner()
    {
        var state = new CrisisStateBuilder(Scenarios.Pressure());
        new StateTransition(QuietIran).ApplyTrigger(state, TriggerKind.StrikeOnProxy, 0.5, true, false, 0);
        Assert.Equal(0.9 - (0.30 * 0.5), state.ProxyStrength(0), Exact);
    }

    [Fact]
    public void ApplyTrigger_SanctionsAndNuclearStrike_MoveSanctionsUpAndLatencyDown()
    {
        var state = new CrisisStateBuilder(Scenarios.Pressure(sanctions: 0.5));
        var transition = new StateTransition(QuietIran);
        transition.ApplyTrigger(state, TriggerKind.Sanctions, 0.5, true, false, 0);
        transition.ApplyTrigger(state, TriggerKind.StrikeOnNuclear, 1.0, true, true, 0);
        Assert.Equal(0.5 + (0.2 * 0.5 * 0.5), state.Sanctions, Exact);
        Assert.Equal(0.5 - 0.3, state.NuclearLatency, Exact);
    }

    [Fact]
    public void ApplyTrigger_DiplomaticOffer_RaisesTheOfferingAdversarysEngagementOnly()
    {
        var state = new CrisisStateBuilder(Scenarios.Pressure());
        new StateTransition(QuietIran).ApplyTrigger(state, TriggerKind.DiplomaticOffer, 0.1, true, false, 0);
        Assert.Equal(0.1 + (0.3 * 0.9), state.Engagement(0), Exact);
        Assert.Equal(0, state.Engagement(1));
    }

    [Fact]
    public void Apply_NoOffer_EngagementFades()
    {
        var state = Step(Scenarios.Pressure(), ResponseCategory.Restrain, AdversaryReply.BackDown);
        Assert.Equal(0.1 * (1 - 0.1), state.Engagement(0), Exact);
    }

    [Fact]
    public void Apply_Sanctions_ErodeTheEconomyWhileNoSanctionsLetItRecover()
    {
        var sanctioned = Step(Scenarios.Pressure(sanctions: 0.9), ResponseCategory.Restrain, AdversaryReply.BackDown);
        var free = Step(Scenarios.Pressure(sanctions: 0), ResponseCategory.Restrain, AdversaryReply.BackDown);
        Assert.Equal(0.3 - (0.08 * 0.9 * 0.3) + (0.04 * 0.1 * 0.7), sanctioned.Economy, Exact);
        Assert.True(sanctioned.Economy < 0.3);
        Assert.True(free.Economy > 0.3);
    }

    [Fact]
    public void Apply_EconomicPain_RaisesUnrest()
    {
        var pained = Step(Scenarios.Pressure(sanctions: 0.9, unrest: 0.3), ResponseCategory.Restrain, AdversaryReply.BackDown);
        var painless = Step(Scenarios.Pressure(sanctions: 0, unrest: 0.3), ResponseCategory.Restrain, AdversaryReply.BackDown);
        Assert.Equal(0.3 + (0.25 * 0.9 * 0.7 * 0.7) - (0.05 * 0.3), pained.Unrest, Exact);
        Assert.True(pained.Unrest > 0.3);
        Assert.True(painless.Unrest < 0.3);
    }

    [Fact]
    public void Apply_Unrest_ErodesLegitimacy()
    {
        var restive = Step(Scenarios.Pressure(unrest: 0.9), ResponseCategory.Restrain, AdversaryReply.BackDown);
        var calm = Step(Scenarios.Pressure(unrest: 0.1), ResponseCategory.Restrain, AdversaryReply.BackDown);
        Assert.Equal(0.5 - (0.08 * 0.9 * 0.5) + (0.02 * 0.1 * 0.5), restive.Legitimacy, Exact);
        Assert.True(restive.Legitimacy < 0.5);
        Assert.True(calm.Legitimacy > restive.Legitimacy);
    }

    [Fact]
    public void Apply_Crackdown_TradesLegitimacyForCalm()
    {
        var restrained = Step(Scenarios.Pressure(), ResponseCategory.Restrain, AdversaryReply.BackDown);
        var crushed = Step(Scenarios.Pressure(), ResponseCategory.Crackdown, AdversaryReply.BackDown);
        Assert.True(crushed.Unrest < restrained.Unrest, $"{crushed.Unrest} vs {restrained.Unrest}");
        Assert.True(crushed.Unrest < 0.6);
        Assert.True(crushed.Legitimacy < restrained.Legitimacy, $"{crushed.Legitimacy} vs {restrained.Legitimacy}");
    }

    [Fact]
    public void Apply_ConcessionMetByBackingDown_DealLiftsSanctions()
    {
        var state = Step(Scenarios.Pressure(sanctions: 0.9), ResponseCategory.Concede, AdversaryReply.BackDown);
        Assert.Equal(0.9 * (1 - 0.4), state.Sanctions, Exact);
    }

    [Fact]
    public void Apply_NuclearStep_RaisesLatencyAndTightensSanctions()
    {
        var state = Step(Scenarios.Pressure(sanctions: 0.5), ResponseCategory.Nuclear, AdversaryReply.Proportional);
        Assert.Equal(0.5 + (0.1 * 0.5), state.NuclearLatency, Exact);
        Assert.Equal(0.5 + (0.1 * 0.5), state.Sanctions, Exact);
    }

    [Fact]
    public void Apply_MajorThenConcede_StartsThenEndsWar()
    {
        var state = new CrisisStateBuilder(Scenarios.Pressure());
        var transition = new StateTransition(QuietIran);
        var rng = Xoshiro256StarStar.ForStream(1, 0);
        transition.Apply(state, ResponseCategory.Major, AdversaryReply.Proportional, 0, ref rng);
        Assert.True(state.WarOngoing);
        transition.Apply(state, ResponseCategory.Concede, AdversaryReply.Proportional, 0, ref rng);
        Assert.False(state.WarOngoing);
    }

    [Fact]
    public void Apply_ElectionClocks_CountDownAndRestartAfterTheElection()
    {
        var state = Step(Scenarios.Pressure(), ResponseCategory.Restrain, AdversaryReply.BackDown);
        Assert.Equal((17, 9, -1, 1), (state.OwnElectionMonths, state.ElectionMonths(0), state.ElectionMonths(1), state.MonthsElapsed));

        var quarterly = new StateTransition(QuietIran with { MonthsPerStep = 12 });
        var yearly = new CrisisStateBuilder(Scenarios.Pressure());
        var rng = Xoshiro256StarStar.ForStream(1, 0);
        quarterly.Apply(yearly, ResponseCategory.Restrain, AdversaryReply.BackDown, 0, ref rng);
        Assert.Equal((6, 10 - 12 + 48), (yearly.OwnElectionMonths, yearly.ElectionMonths(0)));
    }

    [Fact]
    public void Apply_NextTrigger_ConcessionDrawsOffersMoreOftenThanEscalation()
    {
        const int n = 20_000;
        double offersAfterConcession = OfferShare(ResponseCategory.Concede, AdversaryReply.BackDown, n);
        double offersAfterEscalation = OfferShare(ResponseCategory.Major, AdversaryReply.Escalate, n);
        // Each share has standard error at most 0.5/√n; demand a gap of six standard errors of the difference.
        double tolerance = 6 * Math.Sqrt(2 * 0.25 / n);
        Assert.True(tolerance < 0.05, "sample too small for a meaningful check");
        Assert.True(offersAfterConcession - offersAfterEscalation > tolerance, $"{offersAfterConcession} vs {offersAfterEscalation}");
    }

    [Fact]
    public void Apply_NextTrigger_EscalationDrawsStrikesMoreOftenThanConcession()
    {
        const int n = 20_000;
        double strikesAfterEscalation = Share(ResponseCategory.Major, AdversaryReply.Escalate, n, k => k is TriggerKind.StrikeOnTerritory or TriggerKind.StrikeOnNuclear or TriggerKind.Decapitation);
        double strikesAfterConcession = Share(ResponseCategory.Concede, AdversaryReply.BackDown, n, k => k is TriggerKind.StrikeOnTerritory or TriggerKind.StrikeOnNuclear or TriggerKind.Decapitation);
        double tolerance = 6 * Math.Sqrt(2 * 0.25 / n);
        Assert.True(strikesAfterEscalation - strikesAfterConcession > tolerance, $"{strikesAfterEscalation} vs {strikesAfterConcession}");
    }

    [Fact]
    public void Apply_DrawnTrigger_InitiatorIsAnsweringAdversaryOrDomestic()
    {
        var transition = new StateTransition(PackFiles.Iran);
        var rng = Xoshiro256StarStar.ForStream(5, 0);
        for (int i = 0; i < 500; i++)
        {
            var state = new CrisisStateBuilder(Scenarios.Pressure());
            transition.Apply(state, ResponseCategory.Restrain, AdversaryReply.Proportional, 1, ref rng);
            int expected = state.TriggerKind == TriggerKind.DomesticProtest ? TriggerInitiator.Domestic : 1;
            Assert.Equal(expected, state.TriggerInitiatorIndex);
        }
    }

    [Fact]
    public void Apply_AnyBranch_DrawsExactlyFourNumbers()
    {
        var transition = new StateTransition(PackFiles.Iran);
        foreach (var response in ResponseCategories.All)
        {
            var rng = Xoshiro256StarStar.ForStream(9, (ulong)response);
            var reference = rng;
            transition.Apply(new CrisisStateBuilder(Scenarios.Pressure()), response, AdversaryReply.Escalate, 0, ref rng);
            for (int i = 0; i < 4; i++)
            {
                reference.NextUInt64();
            }

            Assert.Equal(reference.NextUInt64(), rng.NextUInt64());
        }
    }

    [Fact]
    public void Next_Situation_AdvancesDateAndKeepsIdsAndDropsOutcome()
    {
        var rng = Xoshiro256StarStar.ForStream(2, 0);
        var next = new StateTransition(PackFiles.Iran).Next(Scenarios.Pressure(), ResponseCategory.Restrain, AdversaryReply.Escalate, "rival", ref rng);
        Assert.Equal(new DateOnly(2020, 2, 3), next.Date);
        Assert.Null(next.Outcome);
        Assert.Equal(["alpha", "beta", "gamma", "delta"], next.State.Proxies.Select(p => p.Name));
        Assert.Contains(next.Trigger.By, new[] { "rival", "domestic" });
        Assert.Null(next.Trigger.Casualties);
    }

    [Fact]
    public void Next_AnyPathOfResponsesAndReplies_StateStaysOnZeroToOne()
    {
        var transition = new StateTransition(PackFiles.Iran);
        Prop.ForAll(
            ArbMap.Default.ArbFor<ulong>(),
            seed =>
            {
                var rng = Xoshiro256StarStar.ForStream(seed, 0);
                var situation = Scenarios.Pressure();
                for (int step = 0; step < 24; step++)
                {
                    var response = (ResponseCategory)(int)(rng.NextUInt64() % 7);
                    var reply = (AdversaryReply)(int)(rng.NextUInt64() % 3);
                    situation = transition.Next(situation, response, reply, "rival", ref rng);
                    var s = situation.State;
                    double[] values = [s.Economy, s.Sanctions, s.Unrest, s.Legitimacy, s.DeterrenceCredibility, s.NuclearLatency, situation.Trigger.Severity, .. s.Proxies.Select(p => p.Strength)];
                    if (values.Any(v => v is < 0 or > 1 || double.IsNaN(v)))
                    {
                        return false;
                    }
                }

                return true;
            }).QuickCheckThrowOnFailure();
    }

    private static CrisisStateBuilder Step(Situation situation, ResponseCategory response, AdversaryReply reply)
    {
        var state = new CrisisStateBuilder(situation);
        var rng = Xoshiro256StarStar.ForStream(1, 0);
        new StateTransition(QuietIran).Apply(state, response, reply, 0, ref rng);
        return state;
    }

    private static double OfferShare(ResponseCategory response, AdversaryReply reply, int n) =>
        Share(response, reply, n, k => k is TriggerKind.DiplomaticOffer or TriggerKind.CeasefireOffer);

    private static double Share(ResponseCategory response, AdversaryReply reply, int n, Func<TriggerKind, bool> counted)
    {
        var transition = new StateTransition(PackFiles.Iran);
        var state = new CrisisStateBuilder(Scenarios.Pressure());
        var rng = Xoshiro256StarStar.ForStream(11, (ulong)response);
        int hits = 0;
        for (int i = 0; i < n; i++)
        {
            state.Reset();
            transition.Apply(state, response, reply, 0, ref rng);
            hits += counted(state.TriggerKind) ? 1 : 0;
        }

        return hits / (double)n;
    }
}
