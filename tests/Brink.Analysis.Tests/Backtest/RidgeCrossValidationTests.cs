using Brink.Analysis.Backtest;
using Brink.Model.Randomness;

namespace Brink.Analysis.Tests.Backtest;

public class RidgeCrossValidationTests
{
    [Fact]
    public void Choose_NoiseVersusSeparableData_PicksALargerPenaltyOnNoise()
    {
        // The same 40 rows of 4 uniform features. Labels independent of them: every slope only fits noise, so
        // the inner folds prefer the strongest shrinkage. Labels set by feature 0: weak shrinkage predicts best.
        var x = Rows(40, 4, seed: 7);
        int[] noise = [.. Enumerable.Range(0, 40).Select(i => i % 2)];
        int[] separable = [.. x.Select(row => row[0] > 0.5 ? 1 : 0)];
        double noisePenalty = RidgeCrossValidation.Choose(x, noise, classes: 2);
        double separablePenalty = RidgeCrossValidation.Choose(x, separable, classes: 2);
        // Measured on these rows: 100 (two steps from the top of the grid) on noise, 0.1 (the bottom) when separable.
        Assert.True(noisePenalty > separablePenalty, $"noise {noisePenalty}, separable {separablePenalty}");
        Assert.Equal(100, noisePenalty, 9);
        Assert.Equal(RidgeCrossValidation.Grid[0], separablePenalty);
    }

    [Fact]
    public void Grid_IsEightHalfDecadesFromATenth()
    {
        Assert.Equal(8, RidgeCrossValidation.Grid.Length);
        Assert.Equal(0.1, RidgeCrossValidation.Grid[0], 12);
        Assert.Equal(Math.Pow(10, 2.5), RidgeCrossValidation.Grid[^1], 9);
    }

    [Fact]
    public void StratifiedFolds_SpreadEachClassOverTheFolds()
    {
        int[] y = [0, 0, 0, 1, 1, 1, 1, 1, 2, 2];
        var folds = RidgeCrossValidation.StratifiedFolds(y, 5);
        Assert.Equal([0, 1, 2, 3, 4, 0, 1, 2, 3, 4], folds);
        Assert.Equal(3, folds.Where((_, i) => y[i] == 0).Distinct().Count());
    }

    [Fact]
    public void FitPath_EqualsSeparateFits()
    {
        var x = Rows(30, 3, seed: 11);
        int[] y = [.. x.Select(row => row[1] > 0.6 ? 2 : row[0] > 0.5 ? 1 : 0)];
        var path = RidgeMultinomialLogit.FitPath(x, y, 3, [10, 1, 0.1]);
        var alone = RidgeMultinomialLogit.Fit(x, y, 3, 0.1);
        Assert.All(x, row => AssertNear.Equal(alone.Predict(row), path[2].Predict(row), 1e-8));
    }

    private static double[][] Rows(int count, int features, ulong seed)
    {
        ulong state = seed;
        return [.. Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, features).Select(_ => (SplitMix64.Next(ref state) >> 11) * (1.0 / (1UL << 53))).ToArray())];
    }
}
