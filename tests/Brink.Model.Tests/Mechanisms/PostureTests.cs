using Brink.Model.Mechanisms;
using Brink.Model.Situations;
using static Brink.Model.Situations.ResponseCategory;

namespace Brink.Model.Tests.Mechanisms;

/// <summary>Behaviour that must emerge from the mechanisms together, not from any one rule.</summary>
public sealed class PostureTests
{
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
