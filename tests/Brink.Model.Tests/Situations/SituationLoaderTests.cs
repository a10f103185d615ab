using Brink.Games.Text;
using Brink.Model.Situations;
using Brink.Model.Yaml;

namespace Brink.Model.Tests.Situations;

public sealed class SituationLoaderTests
{
    private const string Valid = """
        id: test-case
        date: 2020-01-03
        title: A test
        focal: iran
        trigger:
          by: us
          kind: decapitation
          severity: 0.9
          overt: true
          on_soil: false
        state:
          economy: 0.3
          sanctions: 0.9
          proxies:
            hezbollah: 0.9
          adversaries:
            us:
              resolve: 0.8
              threat_credibility: 0.8
        """;

    private static LocatedFormatException SingleError(string text)
    {
        var errors = SituationLoader.Validate(text, "s.yaml");
        Assert.Single(errors);
        return errors[0];
    }

    [Fact]
    public void Load_EveryIranCase_LoadsWithOutcome()
    {
        var cases = SituationLoader.LoadDirectory(RepoPaths.IranCases);
        Assert.Equal(47, cases.Length);
        Assert.All(cases, c => Assert.NotNull(c.Outcome));
        Assert.Equal(cases.Length, cases.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Load_Soleimani_ReadsEveryField()
    {
        var s = SituationLoader.Load(Path.Combine(RepoPaths.IranCases, "soleimani-2020.yaml"));
        Assert.Equal(new DateOnly(2020, 1, 3), s.Date);
        Assert.Equal(TriggerKind.Decapitation, s.Trigger.Kind);
        Assert.Equal(10, s.Trigger.Casualties);
        Assert.Equal(0.95, s.State.Sanctions);
        Assert.Equal(["hezbollah", "houthis", "iraqi_militias", "assad"], s.State.Proxies.Select(p => p.Name));
        Assert.Equal(10, s.State.Adversaries[0].ElectionMonths);
        Assert.Equal(0.1, s.State.ThirdParties[0].EconomicLifeline);
        Assert.Equal(ResponseCategory.LimitedOvert, s.Outcome!.Primary);
        Assert.Equal([ResponseCategory.Nuclear], s.Outcome.Also);
    }

    [Fact]
    public void Parse_OmittedOptionalFields_TakeDocumentedDefaults()
    {
        var s = SituationLoader.Parse(Valid, "s.yaml");
        Assert.Equal(SituationDefaults.HardlinerInfluence, s.State.HardlinerInfluence);
        Assert.Equal(SituationDefaults.StateLevel, s.State.Unrest);
        Assert.Equal(SituationDefaults.Engagement, s.State.Adversaries[0].Engagement);
        Assert.False(s.State.MediatorAvailable);
        Assert.Null(s.Outcome);
        Assert.Empty(SituationLoader.Validate(Valid, "s.yaml"));
    }

    [Fact]
    public void Parse_UnknownTopLevelKey_ReportsLineAndColumn()
    {
        var e = SingleError(Valid + "\nextra: 1");
        Assert.Equal((20, 1), (e.Line, e.Column));
        Assert.StartsWith(YamlMessages.KnownKey, e.Expected);
        Assert.Equal("extra", e.Found);
        Assert.Equal("s.yaml:20:1: expected " + e.Expected + ", found 'extra'", e.Message);
    }

    [Fact]
    public void Parse_UnknownNestedKey_ReportsLineAndColumn()
    {
        var e = SingleError(Valid.Replace("      threat_credibility: 0.8", "      threat_credibilty: 0.8", StringComparison.Ordinal));
        Assert.Equal((19, 7), (e.Line, e.Column));
        Assert.StartsWith(YamlMessages.KnownKey, e.Expected);
    }

    [Fact]
    public void Parse_FractionOutOfRange_ReportsLineAndColumn()
    {
        var e = SingleError(Valid.Replace("sanctions: 0.9", "sanctions: 1.2", StringComparison.Ordinal));
        Assert.Equal((13, 14), (e.Line, e.Column));
        Assert.StartsWith(YamlMessages.NumberInRange, e.Expected);
        Assert.Equal("1.2", e.Found);
    }

    [Fact]
    public void Parse_WrongType_ReportsLineAndColumn()
    {
        var e = SingleError(Valid.Replace("economy: 0.3", "economy: high", StringComparison.Ordinal));
        Assert.Equal((12, 12), (e.Line, e.Column));
        Assert.Equal(YamlMessages.Number, e.Expected);
    }

    [Fact]
    public void Parse_BooleanNotBoolean_ReportsLineAndColumn()
    {
        var e = SingleError(Valid.Replace("overt: true", "overt: maybe", StringComparison.Ordinal));
        Assert.Equal((9, 10), (e.Line, e.Column));
        Assert.Equal(YamlMessages.Boolean, e.Expected);
    }

    [Fact]
    public void Parse_MappingWhereScalarExpected_ReportsLineAndColumn()
    {
        var e = SingleError(Valid.Replace("proxies:\n    hezbollah: 0.9", "proxies: [hezbollah]", StringComparison.Ordinal));
        Assert.Equal((14, 12), (e.Line, e.Column));
        Assert.Equal(YamlMessages.Mapping, e.Expected);
    }

    [Fact]
    public void Parse_BadId_ReportsLineAndColumn()
    {
        var e = SingleError(Valid.Replace("id: test-case", "id: Test_Case", StringComparison.Ordinal));
        Assert.Equal((1, 5), (e.Line, e.Column));
        Assert.Equal(SituationMessages.Id, e.Expected);
    }

    [Fact]
    public void Parse_BadDate_ReportsLineAndColumn()
    {
        var e = SingleError(Valid.Replace("2020-01-03", "2020-13-03", StringComparison.Ordinal));
        Assert.Equal((2, 7), (e.Line, e.Column));
        Assert.Equal(SituationMessages.Date, e.Expected);
    }

    [Fact]
    public void Parse_UnknownTriggerKind_ReportsLineAndColumn()
    {
        var e = SingleError(Valid.Replace("kind: decapitation", "kind: airstrike", StringComparison.Ordinal));
        Assert.Equal((7, 9), (e.Line, e.Column));
        Assert.Equal(SituationMessages.TriggerKind, e.Expected);
    }

    [Fact]
    public void Parse_UnknownCategory_ReportsLineAndColumn()
    {
        var e = SingleError(Valid + "\noutcome:\n  primary: limited_overt\n  also: [retreat]");
        Assert.Equal((22, 10), (e.Line, e.Column));
        Assert.Equal(SituationMessages.Category, e.Expected);
    }

    [Fact]
    public void Parse_MissingRequiredKey_ReportsOwner()
    {
        var e = SingleError(Valid.Replace("focal: iran\n", string.Empty, StringComparison.Ordinal));
        Assert.Equal((1, 1), (e.Line, e.Column));
        Assert.Equal(YamlMessages.RequiredKey + "focal", e.Expected);
    }

    [Fact]
    public void Parse_DuplicateKey_ReportsLineAndColumn()
    {
        var e = SingleError(Valid.Replace("  economy: 0.3", "  economy: 0.3\n  economy: 0.4", StringComparison.Ordinal));
        Assert.Equal(13, e.Line);
        Assert.Equal(YamlMessages.UniqueKey, e.Expected);
    }

    [Fact]
    public void Parse_NegativeMonths_ReportsLineAndColumn()
    {
        var e = SingleError(Valid.Replace("  sanctions: 0.9", "  sanctions: 0.9\n  own_election_months: -3", StringComparison.Ordinal));
        Assert.Equal((14, 24), (e.Line, e.Column));
        Assert.StartsWith(YamlMessages.WholeNumber, e.Expected);
    }

    [Fact]
    public void Validate_SeveralErrors_ReportsAllInDocumentOrder()
    {
        string text = Valid
            .Replace("2020-01-03", "yesterday", StringComparison.Ordinal)
            .Replace("severity: 0.9", "severity: 2", StringComparison.Ordinal)
            .Replace("economy: 0.3", "economi: 0.3", StringComparison.Ordinal);
        var errors = SituationLoader.Validate(text, "s.yaml");
        Assert.Equal([2, 8, 12], errors.Select(e => e.Line));
        var thrown = Assert.Throws<LocatedFormatException>(() => SituationLoader.Parse(text, "s.yaml"));
        Assert.Equal(2, thrown.Line);
    }

    [Fact]
    public void Parse_MalformedYaml_ReportsWellFormed()
    {
        var e = SingleError("id: [unclosed\n");
        Assert.Equal(YamlMessages.WellFormedYaml, e.Expected);
        Assert.True(e.Line >= 1);
    }

    [Fact]
    public void Parse_UnseenActorsAndPartners_AreAccepted()
    {
        var s = SituationLoader.Parse(
            Valid.Replace("hezbollah", "polisario", StringComparison.Ordinal).Replace("    us:", "    ruritania:", StringComparison.Ordinal).Replace("by: us", "by: ruritania", StringComparison.Ordinal),
            "s.yaml");
        Assert.Equal("polisario", s.State.Proxies[0].Name);
        Assert.Equal("ruritania", s.State.Adversaries[0].Id);
    }

    [Fact]
    public void Parse_UnclosedFlowSequence_IsALocatedErrorAtTheEnd()
    {
        string text = Valid.Replace("economy: 0.3", "economy: [0.45", StringComparison.Ordinal);
        Assert.NotEqual(Valid, text);
        var error = Assert.Throws<LocatedFormatException>(() => SituationLoader.Parse(text, "s.yaml"));
        var (line, column) = (text.TrimEnd('\n').Count(c => c == '\n') + 1, text.TrimEnd('\n').Length - text.TrimEnd('\n').LastIndexOf('\n'));
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(YamlMessages.UnclosedFlow, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InitiatorNotListed_IsErrorAtItsLineAndColumn()
    {
        var error = Assert.Throws<LocatedFormatException>(() => SituationLoader.Parse(Valid.Replace("by: us", "by: atlantis", StringComparison.Ordinal), "s.yaml"));
        int line = Valid.Split('\n').ToList().FindIndex(l => l.Contains("by: us", StringComparison.Ordinal)) + 1;
        Assert.Equal(line, error.Line);
        Assert.Equal(Valid.Split('\n')[line - 1].IndexOf("us", StringComparison.Ordinal) + 1, error.Column);
        Assert.StartsWith("s.yaml:" + line + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains(SituationMessages.Initiator, error.Message, StringComparison.Ordinal);
        Assert.Contains("found 'atlantis'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DomesticInitiator_IsAccepted()
    {
        var s = SituationLoader.Parse(Valid.Replace("by: us", "by: domestic", StringComparison.Ordinal), "s.yaml");
        Assert.Equal("domestic", s.Trigger.By);
    }
}
