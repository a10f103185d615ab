using Brink.Model.Randomness;

namespace Brink.Model.Tests.Randomness;

public class GaussianTests
{
    [Fact]
    public void NextGaussian_ManyDraws_HaveMeanZeroVarianceOneAndNormalTails()
    {
        // 100,000 draws: standard errors 0.003 (mean), 0.0045 (variance) and 0.0007 (a tail share of 4.55%),
        // so these tolerances sit at about five standard errors.
        const int n = 100_000;
        var rng = Xoshiro256StarStar.ForStream(3, 0);
        var draws = Enumerable.Range(0, n).Select(_ => rng.NextGaussian()).ToArray();
        double mean = draws.Average();
        Assert.Equal(0, mean, 0.015);
        Assert.Equal(1, draws.Average(x => (x - mean) * (x - mean)), 0.025);
        Assert.Equal(0.0455, draws.Count(x => Math.Abs(x) > 2) / (double)n, 0.0035);
    }
}
