using Brink.Model.Mechanisms;
using Brink.Model.Situations;
using static Brink.Model.Situations.ResponseCategory;

namespace Brink.Model.Tests.Mechanisms;

/// <summary>Behaviour that must emerge from the mechanisms together, not from any one rule.</summary>
public sealed class PostureTests
{
    [Fact]
    public void Predict_ModeratePressure_NoWarNoNegotiation()
    {
        // seed 003: the "no war, no negotiation" formula of "prudent resistance"
        var d = Scenarios.Predict(Scenarios.Baseline(TriggerKind.Sanctions, 0.4));
        var ranked = ResponseCategories.All.OrderByDescending(c => d[c]).ToList();
        Assert.DoesNotContain(Concede, ranked.Take(2));
        Assert.DoesNotContain(Major, ranked.Take(3));
        Assert.True(d[Concede] < 0.15 && d[Major] < 0.1, $"concede {d[Concede]:F3} major {d[Major]:F3}");
    }

    [Fact]
    public void Predict_InvasionOfTheHomeland_IsResistedOpenly()
    {
        // seed 003: Khomeini "welcomed the Iran-Iraq War at first ... we will stand until the end"
        var invasion = Scenarios.Baseline(TriggerKind.StrikeOnTerritory, 0.95, onSoil: true).WithState(w => w with { MilitaryParity = 0.5 });
        Assert.True(Scenarios.P(invasion, Scenarios.Open.ToArray()) >= 0.5);
    }

    [Fact]
    public void Predict_MilitaryInferiority_LowersMajor()
    {
        // seed 002: "Iran's own military brass have admitted their inferiority in any direct confrontation"
        var s = Scenarios.Baseline(TriggerKind.StrikeOnTerritory, 0.8, onSoil: true);
        double par = Scenarios.P(s.WithState(w => w with { MilitaryParity = 0.9 }), Major);
        double inferior = Scenarios.P(s.WithState(w => w with { MilitaryParity = 0.05 }), Major);
        Assert.True(par - inferior >= 0.01, $"parity {par:F3} inferior {inferior:F3}");
    }

    [Fact]
    public void Predict_SanctionsTrigger_NuclearAnswersInKind()
    {
        // seed 001: "Tehran reneged on some of its nuclear commitments on May 8 to pressure Europe"
        double sanctions = Scenarios.P(Scenarios.Baseline(TriggerKind.Sanctions, 0.7), Nuclear);
        double strike = Scenarios.P(Scenarios.Baseline(TriggerKind.StrikeOnTerritory, 0.7, onSoil: true), Nuclear);
        Assert.True(sanctions - strike >= 0.1, $"sanctions {sanctions:F3} strike {strike:F3}");
    }

    [Fact]
    public void Predict_UnknownActorsAndPartners_DependOnlyOnAttributes()
    {
        var s = Scenarios.Baseline(TriggerKind.Decapitation, 0.7);
        var renamed = s with { Trigger = s.Trigger with { By = "someone_else" } };
        renamed = renamed.WithState(w => w with
        {
            Adversaries = [w.Adversaries[0] with { Id = "someone_else" }],
            Proxies = [.. w.Proxies.Select((p, i) => p with { Name = "hamas_" + i })],
        });
        Assert.Equal(Scenarios.Predict(s).Probabilities, Scenarios.Predict(renamed).Probabilities);
    }
}
