using Brink.Model.Mechanisms;
using Brink.Model.Situations;
using static Brink.Model.Situations.ResponseCategory;

namespace Brink.Model.Tests.Mechanisms;

public sealed class DomesticPoliticsTests
{
    [Fact]
    public void EconomicPain_IsSanctionsTimesWeakness()
    {
        var state = Scenarios.Baseline().State with { Sanctions = 0.8, Economy = 0.25 };
        Assert.Equal(0.6, DomesticPolitics.EconomicPain(state), 12);
    }

    [Fact]
    public void Predict_MassProtest_MakesCrackdownLikely()
    {
        // seed 002: "with national internet access cut off to suppress unrest"
        var protest = Scenarios.Baseline(TriggerKind.DomesticProtest, 0.7, onSoil: true);
        double quiet = Scenarios.P(Scenarios.Baseline(TriggerKind.None, 0.1), Crackdown);
        double loud = Scenarios.P(protest, Crackdown);
        Assert.True(loud - quiet >= 0.4, $"quiet {quiet:F3} protest {loud:F3}");
    }

    [Fact]
    public void Predict_CrackdownCostsLegitimacy_HigherCostLowersCrackdown()
    {
        var protest = Scenarios.Baseline(TriggerKind.DomesticProtest, 0.5, onSoil: true);
        var costly = Scenarios.Pack.With(Brink.Model.Packs.ParameterCatalog.CrackdownLegitimacyCost, 1.5);
        Assert.True(Scenarios.P(protest, Crackdown) - Scenarios.P(protest, costly, Crackdown) >= 0.1);
    }

    [Fact]
    public void Predict_PainfulSanctionsRaiseStreetPressure_CrackdownUp()
    {
        // seed 000: "domestic discontent can intensify" under "economic strain from sanctions"
        var protest = Scenarios.Baseline(TriggerKind.DomesticProtest, 0.3, onSoil: true).WithState(w => w with { Unrest = 0.8 });
        double easy = Scenarios.P(protest.WithState(w => w with { Sanctions = 0.1, Economy = 0.8 }), Crackdown);
        double pained = Scenarios.P(protest.WithState(w => w with { Sanctions = 0.95, Economy = 0.1 }), Crackdown);
        Assert.True(pained - easy >= 0.02, $"easy {easy:F3} pained {pained:F3}");
    }
}
