using Brink.Model.Dynamics;
using Brink.Model.Prediction;
using Brink.Model.Randomness;
using Brink.Model.Situations;

namespace Brink.Model.Tests.Dynamics;

public class CrisisStateBuilderTests
{
    [Theory]
    [InlineData(0.324, 0.05, 6)]
    [InlineData(0.325, 0.05, 7)]
    [InlineData(0.0, 0.05, 0)]
    [InlineData(1.0, 0.05, 20)]
    [InlineData(0.14, 0.1, 1)]
    public void Level_Value_NearestGridMultiple(double value, double grid, int expected) =>
        Assert.Equal(expected, CrisisStateBuilder.Level(value, grid));

    [Fact]
    public void ToSituation_Grid_RoundsMovedQuantitiesAndKeepsTheRest()
    {
        var state = new CrisisStateBuilder(Scenarios.Pressure());
        state.Economy = 0.317;
        state.SetProxyStrength(1, 0.612);
        var rounded = state.ToSituation(0.05);
        Assert.Equal(0.3, rounded.State.Economy, 12);
        Assert.Equal(0.6, rounded.State.Proxies[1].Strength, 12);
        Assert.Equal(0.9, rounded.Trigger.Severity, 12);
        Assert.Equal(0.2, rounded.State.MilitaryParity);
        Assert.Equal("rival", rounded.Trigger.By);
        Assert.Equal(10, rounded.Trigger.Casualties);
    }

    [Fact]
    public void Reset_AfterSteps_ReturnsToTheTemplate()
    {
        var state = new CrisisStateBuilder(Scenarios.Pressure());
        var rng = Xoshiro256StarStar.ForStream(4, 0);
        var transition = new StateTransition(PackFiles.Iran);
        for (int i = 0; i < 5; i++)
        {
            transition.Apply(state, ResponseCategory.Deniable, AdversaryReply.Escalate, 0, ref rng);
        }

        state.Reset();
        var again = state.ToSituation();
        Assert.Equal(Scenarios.Pressure().State.Proxies, again.State.Proxies);
        Assert.Equal((0.3, 0.6, 18, 0), (again.State.Economy, again.State.DeterrenceCredibility, again.State.OwnElectionMonths, state.MonthsElapsed));
        Assert.Equal(Scenarios.Pressure().Trigger, again.Trigger);
    }

    [Fact]
    public void Constructor_DomesticOrThirdPartyInitiator_MapsToMarkers()
    {
        var domestic = Scenarios.Pressure() with { Trigger = new Trigger("domestic", TriggerKind.DomesticProtest, 0.5, true, true, null) };
        var outsider = Scenarios.Pressure() with { Trigger = new Trigger("bloc", TriggerKind.Sanctions, 0.5, true, false, null) };
        Assert.Equal(TriggerInitiator.Domestic, new CrisisStateBuilder(domestic).TriggerInitiatorIndex);
        Assert.Equal(TriggerInitiator.Original, new CrisisStateBuilder(outsider).TriggerInitiatorIndex);
        Assert.Equal("bloc", new CrisisStateBuilder(outsider).ToSituation().Trigger.By);
    }
}
