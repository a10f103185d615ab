using System.Collections.Immutable;
using Brink.Analysis.Fitting;
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
        string fitted = FittedPackText.With(text, Result(4.25), 39, "abc123", new Dictionary<string, double> { ["loo_brier"] = 0.6 });
        var pack = PackLoader.Parse(fitted, "pack.yaml");
        Assert.Equal(4.25, pack[ParameterCatalog.Lambda]);
        Assert.Equal(3.0, pack.Free.Single(f => f.Definition.Name == "qre.lambda").Default);
        Assert.NotNull(pack.Fitted);
        Assert.Equal(39, pack.Fitted!.Cases);
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
        string text = FittedPackText.With(FittedPackText.Without(File.ReadAllText(PackPath)), result, 39, "abc", ImmutableDictionary<string, double>.Empty);
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
        string text = FittedPackText.With(FittedPackText.Without(File.ReadAllText(PackPath)), result, 1, "a", ImmutableDictionary<string, double>.Empty);
        Assert.DoesNotContain("covariance:", text, StringComparison.Ordinal);
        Assert.Null(PackLoader.Parse(text, "pack.yaml").Fitted!.Covariance);
    }

    [Fact]
    public void With_Twice_ReplacesTheBlock()
    {
        string text = FittedPackText.Without(File.ReadAllText(PackPath));
        var scores = ImmutableDictionary<string, double>.Empty;
        string once = FittedPackText.With(text, Result(4), 1, "a", scores);
        string twice = FittedPackText.With(once, Result(5), 1, "a", scores);
        Assert.Single(twice.Split('\n'), l => l.StartsWith("fitted:", StringComparison.Ordinal));
        Assert.Equal(5.0, PackLoader.Parse(twice, "pack.yaml")[ParameterCatalog.Lambda]);
        Assert.Equal(text.TrimEnd(), FittedPackText.Without(twice).TrimEnd());
    }

    [Fact]
    public void Load_FittedValueForAParameterThatIsNotFree_IsALocatedError()
    {
        string text = FittedPackText.Without(File.ReadAllText(PackPath)).TrimEnd() + "\nfitted:\n  values:\n    war.ongoing_discount: 0.4\n";
        var error = Assert.Throws<PackFormatException>(() => PackLoader.Parse(text, "pack.yaml"));
        Assert.Contains("free", error.Message, StringComparison.Ordinal);
    }
}
