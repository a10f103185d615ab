using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Model.Tests.Situations;

public class SituationTextTests
{
    private static readonly string Demo = File.ReadAllText(Path.Combine(RepoPaths.Root, "data", "situations", "iran-2025-fordow.yaml"));

    [Theory]
    [InlineData("state.sanctions", 0.25)]
    [InlineData("trigger.severity", 0.4)]
    [InlineData("state.adversaries.us.threat_credibility", 0.15)]
    [InlineData("state.proxies.houthis", 0.8)]
    [InlineData("state.third_parties.europe.economic_lifeline", 0.6)]
    public void SetValue_WrittenKey_ChangesOnlyThatInput(string path, double value)
    {
        string edited = SituationText.SetValue(Demo, path, value);
        var before = SituationInput.Of(SituationLoader.Parse(Demo, "demo.yaml"));
        var after = SituationInput.Of(SituationLoader.Parse(edited, "demo.yaml"));
        Assert.Equal(before.Select(i => i.Key), after.Select(i => i.Key));
        foreach (var (old, now) in before.Zip(after))
        {
            Assert.Equal(old.Key == path ? value : old.Value, now.Value);
        }
    }

    [Fact]
    public void SetValue_WrittenKey_KeepsComments()
    {
        string edited = SituationText.SetValue(Demo, "state.proxies.hezbollah", 0.5);
        Assert.Equal(Demo.Split('\n').Count(l => l.TrimStart().StartsWith('#')), edited.Split('\n').Count(l => l.TrimStart().StartsWith('#')));
        Assert.Contains("# Assad gone since December 2024", edited, StringComparison.Ordinal);
    }

    [Fact]
    public void SetValue_DefaultedKey_IsAddedUnderItsParent()
    {
        Assert.DoesNotContain("hardliner_influence", Demo, StringComparison.Ordinal);
        string edited = SituationText.SetValue(Demo, "state.hardliner_influence", 0.9);
        var situation = SituationLoader.Parse(edited, "demo.yaml");
        Assert.Equal(0.9, situation.State.HardlinerInfluence);
    }

    [Fact]
    public void SetValue_ParentNotABlockMapping_ThrowsNotSupported()
    {
        Assert.Throws<NotSupportedException>(() => SituationText.SetValue("state: { sanctions: 0.2 }\n", "state.economy", 0.5));
    }
}
