using System.Collections.Immutable;
using Brink.Model.Randomness;
using Brink.Model.Uncertainty;

namespace Brink.Model.Tests.Uncertainty;

public class ParameterDistributionTests
{
    [Fact]
    public void FromPack_NoFittedBlock_IsNull() =>
        Assert.Null(ParameterDistribution.FromPack(Fixtures.Iran with { Fitted = null }));

    [Fact]
    public void FromPack_FitWithoutCovariance_UsesTheStandardErrorsAsDiagonal()
    {
        var pack = Fixtures.Iran with { Fitted = Fixtures.Iran.Fitted! with { Covariance = null } };
        var distribution = ParameterDistribution.FromPack(pack)!;
        Assert.Equal("standard_errors", distribution.Source);
        var factor = distribution.Factor;
        for (int i = 0; i < pack.Free.Length; i++)
        {
            double se = pack.Fitted!.StandardErrors.GetValueOrDefault(pack.Free[i].Definition.Name);
            Assert.Equal(se, factor[i, i], 1e-12);
            Assert.All(Enumerable.Range(0, i), j => Assert.Equal(0, factor[i, j]));
        }
    }

    [Fact]
    public void FromPack_FitWithCovariance_UsesIt()
    {
        var pack = Fixtures.WithCovariance((i, j) => i == j ? 0.04 : i + j == 1 ? 0.02 : 0);
        var distribution = ParameterDistribution.FromPack(pack)!;
        Assert.Equal("covariance", distribution.Source);
        Assert.Equal(0.2, distribution.Factor[0, 0], 1e-12);
        Assert.Equal(0.1, distribution.Factor[1, 0], 1e-12);
        Assert.Equal([.. pack.Free.Select(f => pack[f.Definition])], distribution.Mean);
    }

    [Fact]
    public void Draw_ZeroCovariance_IsTheMean()
    {
        var distribution = Make(mean: [0.3, 2], covariance: new double[2, 2]);
        var rng = Xoshiro256StarStar.ForStream(1, 0);
        var values = new double[2];
        distribution.Draw(ref rng, values);
        Assert.Equal([0.3, 2], values);
    }

    [Fact]
    public void Draw_FarFromTheBounds_HasTheGivenMeanAndCovariance()
    {
        // 40,000 draws: the standard error of a sample variance of 1 is √(2/n) ≈ 0.007, of a covariance about
        // 0.006 and of a mean 0.005, so a tolerance of 0.03 (over four standard errors) fails with probability < 1e-4.
        const int n = 40_000;
        var distribution = Make(mean: [1, -2], covariance: new double[,] { { 1, 0.6 }, { 0.6, 1.5 } }, bound: 100);
        var samples = Sample(distribution, n);
        double meanX = samples.Average(s => s[0]), meanY = samples.Average(s => s[1]);
        Assert.Equal(1, meanX, 0.03);
        Assert.Equal(-2, meanY, 0.03);
        Assert.Equal(1, samples.Average(s => (s[0] - meanX) * (s[0] - meanX)), 0.03);
        Assert.Equal(0.6, samples.Average(s => (s[0] - meanX) * (s[1] - meanY)), 0.03);
        Assert.Equal(1.5, samples.Average(s => (s[1] - meanY) * (s[1] - meanY)), 0.045);
    }

    [Fact]
    public void Draw_MeanOnABound_StaysWithinTheBoundsAndIsTruncatedNotPiledUp()
    {
        var distribution = Make(mean: [0, 0.5], covariance: new double[,] { { 1, 0 }, { 0, 0.01 } }, bound: 1, lower: 0);
        var samples = Sample(distribution, 4_000);
        Assert.All(samples, s => Assert.True(s[0] is >= 0 and <= 1 && s[1] is >= 0 and <= 1));

        // Redrawn, not clamped: no more than a handful of draws sit exactly on the bound.
        Assert.True(samples.Count(s => s[0] == 0) < 5);
    }

    [Fact]
    public void Create_NotPositiveSemidefinite_Throws() =>
        Assert.Throws<ArgumentException>(() => Make(mean: [0, 0], covariance: new double[,] { { 1, 2 }, { 2, 1 } }));

    [Fact]
    public void Create_MeanOutsideItsBounds_Throws() =>
        Assert.Throws<ArgumentException>(() => Make(mean: [5, 0], covariance: new double[2, 2], bound: 1));

    private static ParameterDistribution Make(ImmutableArray<double> mean, double[,] covariance, double bound = 10, double? lower = null) =>
        ParameterDistribution.Create(mean, covariance, [.. mean.Select(_ => lower ?? -bound)], [.. mean.Select(_ => bound)], "test");

    private static double[][] Sample(ParameterDistribution distribution, int count) =>
        [.. Enumerable.Range(0, count).Select(d =>
        {
            var rng = Xoshiro256StarStar.ForStream(7, (ulong)d);
            var values = new double[distribution.Mean.Length];
            distribution.Draw(ref rng, values);
            return values;
        })];
}
