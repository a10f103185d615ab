using System.Collections.Immutable;
using Brink.Analysis.Fitting;
using Brink.Games.Text;
using Brink.Model.Packs;

namespace Brink.Analysis.Tests.Fitting;

public class FittedPackTextTests
{
    private static string PackPath => Path.Combine(Simulation.Fixtures.RepositoryRoot, "packs", "iran", "pack.yaml");

    private static FitResult Result(double lambda) => new(
        [new ParameterEstimate("qre.lambda", 3, 2, lambda, 0.5, 0.5, 30, [])], 10, 1, 100, [], [], []);

    [Fact]
    public void With_ThenLoad_AppliesTheFittedValueAndKeepsTheDefaultAsPrior()
    {
        string text = FittedPackText.Without(File.ReadAllText(PackPath));
        string fitted = FittedPackText.With(text, Result(4.25), ["soleimani-2020", "2006", "no"], "abc123", new Dictionary<string, double> { ["loo_brier"] = 0.6 });
        var pack = PackLoader.Parse(fitted, "pack.yaml");
        Assert.Equal(4.25, pack[ParameterCatalog.Lambda]);
        Assert.Equal(3.0, pack.Free.Single(f => f.Definition.Name == "qre.lambda").Default);
        Assert.NotNull(pack.Fitted);
        Assert.Equal(3, pack.Fitted!.Cases);
        Assert.Equal(["soleimani-2020", "2006", "no"], pack.Fitted.CaseIds);
        Assert.Equal("abc123", pack.Fitted.DataSha256);
        Assert.Equal(0.6, pack.Fitted.Scores["loo_brier"]);
    }

    [Fact]
    public void With_Covariance_ThenLoad_ReadsItBack()
    {
        var result = new FitResult(
            [
                new ParameterEstimate("qre.lambda", 3, 2, 4, 0.5, 0.5, 30, []),
                new ParameterEstimate("breaking_point.threshold", 0.55, 0.1, 0.6, 0.05, 0.2, 0.9, []),
            ],
            10,
            1,
            100,
            [],
            [],
            []) { Covariance = [[0.25, -0.0123456789], [-0.0123456789, 0.0025]] };
        string text = FittedPackText.With(FittedPackText.Without(File.ReadAllText(PackPath)), result, [.. Enumerable.Range(0, 39).Select(i => "case-" + i)], "abc", ImmutableDictionary<string, double>.Empty);
        var covariance = PackLoader.Parse(text, "pack.yaml").Fitted!.Covariance!;
        Assert.Equal(["qre.lambda", "breaking_point.threshold"], covariance.Names);
        Assert.Equal(0.25, covariance.Entry("qre.lambda", "qre.lambda"));
        Assert.Equal(-0.0123456789, covariance.Entry("breaking_point.threshold", "qre.lambda"));
        Assert.Equal(0.0025, covariance.Entry("breaking_point.threshold", "breaking_point.threshold"));
    }

    [Fact]
    public void With_NonFiniteCovariance_WritesNone()
    {
        var result = Result(4) with { Covariance = [[double.NaN]] };
        string text = FittedPackText.With(FittedPackText.Without(File.ReadAllText(PackPath)), result, ["a"], "a", ImmutableDictionary<string, double>.Empty);
        Assert.DoesNotContain("covariance:", text, StringComparison.Ordinal);
        Assert.Null(PackLoader.Parse(text, "pack.yaml").Fitted!.Covariance);
    }

    [Fact]
    public void With_Twice_ReplacesTheBlock()
    {
        string text = FittedPackText.Without(File.ReadAllText(PackPath));
        var scores = ImmutableDictionary<string, double>.Empty;
        string once = FittedPackText.With(text, Result(4), ["a"], "a", scores);
        string twice = FittedPackText.With(once, Result(5), ["a"], "a", scores);
        Assert.Single(twice.Split('\n'), l => l.StartsWith("fitted:", StringComparison.Ordinal));
        Assert.Equal(5.0, PackLoader.Parse(twice, "pack.yaml")[ParameterCatalog.Lambda]);
        Assert.Equal(text.TrimEnd(), FittedPackText.Without(twice).TrimEnd());
    }

    [Fact]
    public void Load_DataWithoutIds_StillLoadsWithNoIds()
    {
        // Packs fitted before the ids were recorded hold only the count and the hash.
        string text = FittedPackText.Without(File.ReadAllText(PackPath)).TrimEnd()
            + "\nfitted:\n  values:\n    qre.lambda: 4\n  data: {cases: 39, sha256: \"abc\"}\n";
        var fitted = PackLoader.Parse(text, "pack.yaml").Fitted!;
        Assert.Equal(39, fitted.Cases);
        Assert.Equal("abc", fitted.DataSha256);
        Assert.Empty(fitted.CaseIds);
    }

    [Fact]
    public void Load_IdsDisagreeingWithTheCount_IsALocatedError()
    {
        string text = FittedPackText.Without(File.ReadAllText(PackPath)).TrimEnd()
            + "\nfitted:\n  values:\n    qre.lambda: 4\n  data: {cases: 3, sha256: \"abc\", ids: [a, b]}\n";
        var error = Assert.Throws<LocatedFormatException>(() => PackLoader.Parse(text, "pack.yaml"));
        Assert.Contains(PackMessages.CaseCount + "3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RepeatedId_IsALocatedError()
    {
        string text = FittedPackText.Without(File.ReadAllText(PackPath)).TrimEnd()
            + "\nfitted:\n  values:\n    qre.lambda: 4\n  data: {cases: 2, sha256: \"abc\", ids: [a, a]}\n";
        var error = Assert.Throws<LocatedFormatException>(() => PackLoader.Parse(text, "pack.yaml"));
        Assert.Contains(PackMessages.CaseId, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FittedValueForAParameterThatIsNotFree_IsALocatedError()
    {
        string text = FittedPackText.Without(File.ReadAllText(PackPath)).TrimEnd() + "\nfitted:\n  values:\n    war.ongoing_discount: 0.4\n";
        var error = Assert.Throws<LocatedFormatException>(() => PackLoader.Parse(text, "pack.yaml"));
        Assert.Contains("free", error.Message, StringComparison.Ordinal);
    }
}
