using Brink.Analysis.Scoring;

namespace Brink.Analysis.Tests.Backtest;

public class ProperScoresTests
{
    private static readonly double[] Half = [0.5, 0.5, 0, 0, 0, 0, 0];

    [Fact]
    public void Brier_SumsSquaredErrorsOverCategories()
    {
        Assert.Equal(0.5, ProperScores.Brier(Half, 0), 12);
        Assert.Equal(0.25 + 0.25 + 1, ProperScores.Brier(Half, 6), 12);
        Assert.Equal(0, ProperScores.Brier([0, 0, 1, 0, 0, 0, 0], 2), 12);
    }

    [Fact]
    public void LogLoss_IsNaturalLogFlooredAtOneInAMillion()
    {
        Assert.Equal(Math.Log(2), ProperScores.LogLoss(Half, 1), 12);
        Assert.Equal(-Math.Log(1e-6), ProperScores.LogLoss(Half, 4), 12);
    }

    [Fact]
    public void RankedProbability_PenalisesDistanceOnTheLadder()
    {
        // Cumulative predictions 0.5, 1, 1, ...; actual at rung 0: (0.5−1)² over 6 cut points.
        Assert.Equal(0.25 / 6, ProperScores.RankedProbability(Half, 0), 12);
        Assert.Equal(1, ProperScores.RankedProbability([1, 0, 0, 0, 0, 0, 0], 6), 12);
        double near = ProperScores.RankedProbability([0, 0, 0, 0, 0, 1, 0], 6);
        double far = ProperScores.RankedProbability([0, 1, 0, 0, 0, 0, 0], 6);
        Assert.True(near < far);
    }

    [Fact]
    public void Top_TiesGoToTheLowerRung() => Assert.Equal(0, ProperScores.Top(Half));
}
