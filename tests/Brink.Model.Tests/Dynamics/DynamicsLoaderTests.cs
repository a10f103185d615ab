using Brink.Games.Text;
using Brink.Model.Dynamics;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Model.Tests.Dynamics;

public class DynamicsLoaderTests
{
    private static readonly string PackText = File.ReadAllText(PackFiles.IranDynamicsPath);

    [Fact]
    public void Load_IranPack_EveryRateNamedWithDefaultAndDescription()
    {
        var dynamics = PackFiles.Iran;
        Assert.Equal(43, dynamics.Rates.Length);
        Assert.Equal(0.10, dynamics.BurdenAccumulation);
        Assert.Equal(0.05, dynamics.BurdenRelief);
        Assert.All(dynamics.Rates, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
        Assert.Equal(dynamics.Rates.Length, dynamics.Rates.Select(r => r.Name).Distinct().Count());
        Assert.Equal(0.10, dynamics.CredibilityDecayUnexecuted);
        Assert.Equal(0.25, dynamics.ProxyCollapseCascade);
        Assert.Equal(0.20, dynamics.RegimeCrisisLegitimacy);
        Assert.Equal(1, dynamics.MonthsPerStep);
        Assert.Equal(48, dynamics.ElectionCycleMonths);
        Assert.Equal(3.0, dynamics.TriggerProtestUnrestGain);
        Assert.Equal(0.05, dynamics.MisperceptionLimitedAsMajor);
    }

    [Fact]
    public void Load_IranPack_EveryRateOfTheWorldThatAnswersBackNamesItsSource()
    {
        string[] prefixes = ["adversary.", "hardliners.", "misperception.", "legitimacy.partner_collapse_cost", "legitimacy.lost_exchange_cost"];
        var sourced = PackFiles.Iran.Rates.Where(r => prefixes.Any(p => r.Name.StartsWith(p, StringComparison.Ordinal))).ToList();
        Assert.Equal(10, sourced.Count);
        Assert.All(sourced, r => Assert.False(string.IsNullOrWhiteSpace(r.Source), r.Name));
    }

    [Fact]
    public void Load_IranPack_TransitionRowsFollowFirstMatchingRule()
    {
        var transitions = PackFiles.Iran.Transitions;
        // concede + back_down is the sixth rule: diplomatic_offer weight 5; restrain falls to the catch-all (1).
        Assert.Equal(5, transitions.WeightsFor(ResponseCategory.Concede, AdversaryReply.BackDown)[(int)TriggerKind.DiplomaticOffer]);
        Assert.Equal(1, transitions.WeightsFor(ResponseCategory.Restrain, AdversaryReply.Escalate)[(int)TriggerKind.DiplomaticOffer]);
        Assert.Equal(5, transitions.WeightsFor(ResponseCategory.Major, AdversaryReply.Escalate)[(int)TriggerKind.StrikeOnTerritory]);
        Assert.Equal(new TriggerKindRule(0.5, 0.9, 1.0, 1.0), transitions.Kinds[(int)TriggerKind.StrikeOnTerritory]);
    }

    [Fact]
    public void Parse_RateOutOfRange_ReportsValueLineAndColumn()
    {
        string text = PackText.Replace("default: 0.10\n    description: Share of deterrence", "default: 1.5\n    description: Share of deterrence", StringComparison.Ordinal);
        var error = ParseError(text);
        AssertAt(error, text, "1.5");
        Assert.StartsWith(DynamicsMessages.NumberInRange, error.Expected);
        Assert.Equal("1.5", error.Found);
    }

    [Fact]
    public void Parse_UnclosedFlowCollection_ReportsTheEndOfTheFile()
    {
        string text = PackText.TrimEnd() + "\nextra: [1, 2\n";
        var error = ParseError(text);
        // Where the text ends (YamlDotNet reports either the last line or the one after it).
        int last = text.TrimEnd('\n').Count(c => c == '\n') + 1;
        Assert.InRange(error.Line, last, last + 1);
        Assert.Equal(DynamicsMessages.WellFormedYaml, error.Expected);
    }

    [Fact]
    public void Parse_NonNumericRate_ReportsNumberExpected()
    {
        string text = PackText.Replace("default: 0.12", "default: lots", StringComparison.Ordinal);
        var error = ParseError(text);
        AssertAt(error, text, "lots");
        Assert.Equal(DynamicsMessages.Number, error.Expected);
    }

    [Fact]
    public void Parse_UnknownTopLevelKey_ReportsKey()
    {
        string text = PackText + "surprise: 1\n";
        var error = ParseError(text);
        AssertAt(error, text, "surprise:");
        Assert.StartsWith(DynamicsMessages.KnownKey, error.Expected);
        Assert.Equal("surprise", error.Found);
    }

    [Fact]
    public void Parse_UnknownRate_ReportsRateName()
    {
        string text = PackText.Replace("  proxy.rebuild:", "  proxy.rebuilt:", StringComparison.Ordinal);
        var error = ParseError(text);
        AssertAt(error, text, "proxy.rebuilt:");
        Assert.Equal("proxy.rebuilt", error.Found);
    }

    [Fact]
    public void Parse_MissingRate_ReportsRatesBlockAndName()
    {
        string text = PackText.Replace(
            "  unrest.decay:\n    default: 0.05\n    description: Share of unrest that fades on its own per step.\n", string.Empty, StringComparison.Ordinal);
        var error = ParseError(text);
        AssertAt(error, text, "credibility.decay_unexecuted:");
        Assert.Equal(DynamicsMessages.RequiredKey + "unrest.decay", error.Expected);
    }

    [Fact]
    public void Parse_UnknownTriggerKindInWeights_ReportsKind()
    {
        string text = PackText.Replace("seizure: 0.5, military_buildup: 2, diplomatic_offer: 0.3", "seizing: 0.5, military_buildup: 2, diplomatic_offer: 0.3", StringComparison.Ordinal);
        var error = ParseError(text);
        AssertAt(error, text, "seizing");
        Assert.Equal(DynamicsMessages.TriggerKind, error.Expected);
    }

    [Fact]
    public void Parse_UnknownReply_ReportsReply()
    {
        string text = PackText.Replace("reply: [escalate]}", "reply: [retreat]}", StringComparison.Ordinal);
        var error = ParseError(text);
        AssertAt(error, text, "retreat");
        Assert.Equal(DynamicsMessages.Reply, error.Expected);
    }

    [Fact]
    public void Parse_NoCatchAllRule_ReportsUncoveredPair()
    {
        int cut = PackText.LastIndexOf("  - when: {}", StringComparison.Ordinal);
        string text = PackText[..cut];
        var error = ParseError(text);
        AssertAt(error, text, "- when: {response: [limited_overt, major], reply: [escalate]}");
        Assert.Equal(DynamicsMessages.Coverage + "(restrain, back_down)", error.Expected);
    }

    [Fact]
    public void Parse_SeverityMinAboveMax_ReportsRange()
    {
        string text = PackText.Replace("{severity: [0.5, 0.9], overt: 1.0, on_soil: 1.0}", "{severity: [0.9, 0.5], overt: 1.0, on_soil: 1.0}", StringComparison.Ordinal);
        var error = ParseError(text);
        AssertAt(error, text, "[0.9, 0.5]");
        Assert.Equal(DynamicsMessages.SeverityRange, error.Expected);
    }

    [Fact]
    public void Parse_WrongVersion_ReportsVersion()
    {
        string text = PackText.Replace("version: 1", "version: 2", StringComparison.Ordinal);
        var error = ParseError(text);
        AssertAt(error, text, "2\n");
        Assert.Equal(DynamicsMessages.Version, error.Expected);
    }

    [Fact]
    public void Parse_MalformedYaml_ReportsWellFormedExpectedWithLocation()
    {
        string text = "version: 1\nrates: [unclosed\n";
        var error = ParseError(text);
        Assert.Equal(DynamicsMessages.WellFormedYaml, error.Expected);
        Assert.True(error.Line >= 2, $"line {error.Line}");
        Assert.StartsWith("pack/dynamics.yaml:", error.Message);
    }

    [Fact]
    public void Parse_EmptyFile_ReportsMappingExpectedAtStart()
    {
        var error = ParseError(string.Empty);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Equal(DynamicsMessages.Mapping, error.Expected);
    }

    [Fact]
    public void TryParse_BadFile_ReturnsErrorWithOneLineMessage()
    {
        bool ok = DynamicsLoader.TryParse("version: 1\n", "d.yaml", out var parameters, out var error);
        Assert.False(ok);
        Assert.Null(parameters);
        Assert.Equal("d.yaml:1:1: expected key rates, found 'nothing'", error!.Message);
    }

    private static LocatedFormatException ParseError(string text) =>
        Assert.Throws<LocatedFormatException>(() => DynamicsLoader.Parse(text, "pack/dynamics.yaml"));

    // The error must point at the first occurrence of the marker (1-based line and column).
    private static void AssertAt(LocatedFormatException error, string text, string marker)
    {
        int offset = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"marker '{marker}' not in text");
        int line = text[..offset].Count(c => c == '\n') + 1;
        int column = offset - text[..offset].LastIndexOf('\n');
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith($"pack/dynamics.yaml:{line}:{column}: expected ", error.Message);
    }
}
