using Brink.Model.Dynamics;
using Brink.Model.Situations;

namespace Brink.Model.Tests.Dynamics;

public class PolicyLoaderTests
{
    private const int Horizon = 12;

    private const string Valid = """
        description: test
        schedule:
          - step: 1
            set: { state.sanctions: 0.7, state.adversaries.us.threat_credibility: 0.6 }
          - step: 8
            set: { state.adversaries.us.engagement: 0.8, state.third_parties.europe.economic_lifeline: 0.4 }
          - step: 3
            when: { response: [limited_overt, major] }
            set: { state.adversaries.us.hostility_rhetoric: 0.9 }
        """;

    private static readonly Situation Fordow = SituationLoader.Load(Path.Combine(
        Path.GetDirectoryName(PackFiles.IranDynamicsPath)!, "..", "..", "data", "situations", "iran-2025-fordow.yaml"));

    [Fact]
    public void Parse_Schedule_ReadsStepsConditionsAndSettingsInFileOrder()
    {
        var policy = PolicyLoader.Parse(Valid, "p.yaml", Fordow, Horizon);
        Assert.Equal(3, policy.Entries.Length);
        Assert.Equal([1, 8, 3], policy.Entries.Select(e => e.Step));
        Assert.Equal(["state.sanctions", "state.adversaries.us.threat_credibility"], policy.Entries[0].Settings.Select(s => s.Path));
        Assert.Equal([0.7, 0.6], policy.Entries[0].Settings.Select(s => s.Value));
        Assert.Equal("state.sanctions", policy.Inputs[policy.Entries[0].Settings[0].InputIndex].Key);
        Assert.Empty(policy.Entries[1].When);
        Assert.Equal([ResponseCategory.LimitedOvert, ResponseCategory.Major], policy.Entries[2].When);
    }

    [Fact]
    public void Fires_ConditionalEntry_FromItsStepAfterAMatchingResponseOnly()
    {
        var entry = PolicyLoader.Parse(Valid, "p.yaml", Fordow, Horizon).Entries[2];
        Assert.False(entry.Fires(2, ResponseCategory.Major));
        Assert.True(entry.Fires(3, ResponseCategory.Major));
        Assert.True(entry.Fires(9, ResponseCategory.LimitedOvert));
        Assert.False(entry.Fires(9, ResponseCategory.Restrain));
        Assert.False(entry.Fires(9, null));
    }

    [Fact]
    public void Apply_PinnedValues_HoldOverTheDynamicsUntilChanged()
    {
        var policy = PolicyLoader.Parse(Valid, "p.yaml", Fordow, Horizon);
        var state = new CrisisStateBuilder(Fordow);
        policy.Bind(state);
        policy.Apply(state, 1, null);
        Assert.Equal(0.7, state.Sanctions);
        state.Sanctions = 0.99;
        policy.Apply(state, 2, ResponseCategory.Restrain);
        Assert.Equal(0.7, state.Sanctions);
        Assert.Equal(0.6, state.ThreatCredibility(state.AdversaryIndex("us")));
        Assert.Equal(0.6, state.ToSituation().State.Adversaries[0].ThreatCredibility);
        policy.Apply(state, 8, ResponseCategory.Restrain);
        Assert.Equal(0.8, state.Engagement(state.AdversaryIndex("us")));
        Assert.Equal(0.4, state.ToSituation().State.ThirdParties[0].EconomicLifeline);
        state.Reset();
        Assert.Equal(Fordow.State.Sanctions, state.Sanctions);
        Assert.True(double.IsNaN(state.Pin(0)));
    }

    [Theory]
    [InlineData("state.sanctions: 0.7,", "state.sanctionz: 0.7,", "state.sanctionz", DynamicsMessages.InputPath)]
    [InlineData("state.sanctions: 0.7,", "state.sanctions: 1.7,", "1.7", DynamicsMessages.NumberInRange)]
    [InlineData("step: 8", "step: 0", "0", DynamicsMessages.NumberInRange)]
    [InlineData("step: 8", "step: 13", "13", DynamicsMessages.NumberInRange)]
    [InlineData("step: 8", "step: 2.5", "2.5", DynamicsMessages.WholeNumber)]
    [InlineData("[limited_overt, major]", "[limited_overt, nuke]", "nuke", DynamicsMessages.Response)]
    [InlineData("set: { state.adversaries.us.hostility_rhetoric", "sett: { state.adversaries.us.hostility_rhetoric", "sett", DynamicsMessages.KnownKey)]
    [InlineData("state.adversaries.us.engagement", "state.adversaries.russia.engagement", "state.adversaries.russia.engagement", DynamicsMessages.InputPath)]
    public void Parse_BadEntry_ReportsFileLineAndColumn(string from, string to, string found, string expected)
    {
        string text = Valid.Replace(from, to, StringComparison.Ordinal);
        Assert.False(PolicyLoader.TryParse(text, "p.yaml", Fordow, Horizon, out _, out var error));
        Assert.NotNull(error);
        Assert.StartsWith(expected, error.Expected, StringComparison.Ordinal);
        Assert.Equal(found, error.Found);
        int offset = text.IndexOf(found, text.IndexOf(to, StringComparison.Ordinal), StringComparison.Ordinal);
        int line = text[..offset].Count(c => c == '\n') + 1;
        int column = offset - text.LastIndexOf('\n', offset - 1);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith($"p.yaml:{line}:{column}: expected ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DocsExample_IsAValidPolicy()
    {
        string docs = File.ReadAllText(Path.Combine(Path.GetDirectoryName(PackFiles.IranDynamicsPath)!, "..", "..", "docs", "simulation.md"));
        int section = docs.IndexOf("## Policies", StringComparison.Ordinal);
        int start = docs.IndexOf("```yaml\n", section, StringComparison.Ordinal) + "```yaml\n".Length;
        string example = docs[start..docs.IndexOf("```", start, StringComparison.Ordinal)];
        var policy = PolicyLoader.Parse(example, "docs/simulation.md", Fordow, Horizon);
        Assert.Equal([1, 8, 2], policy.Entries.Select(e => e.Step));
    }

    [Fact]
    public void Parse_MissingSchedule_ReportsRequiredKey()
    {
        Assert.False(PolicyLoader.TryParse("description: none\n", "p.yaml", Fordow, Horizon, out _, out var error));
        Assert.Equal(DynamicsMessages.RequiredKey + "schedule", error!.Expected);
        Assert.Equal((1, 1), (error.Line, error.Column));
    }
}
