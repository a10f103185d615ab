using System.Collections.Immutable;
using Brink.Analysis.Scoring;

namespace Brink.Analysis.Backtest;

/// <summary>
/// Chooses the penalty of <see cref="RidgeMultinomialLogit"/> by k-fold cross-validation on the rows it is given
/// (in a backtest, the training cases of one leave-one-out fold, never the held-out case): the penalty of the
/// grid with the lowest held-out log loss, ties going to the larger (simpler) penalty. Folds are dealt
/// round-robin within each class, so they are deterministic and each holds the classes in proportion.
/// </summary>
public static class RidgeCrossValidation
{
    /// <summary>
    /// Penalties tried, on standardised features: half-decades from 0.1 (little shrinkage with ~24 features) to
    /// 316 (the slopes all but vanish and the fit falls back to the training frequencies, i.e. the base rate).
    /// </summary>
    public static readonly ImmutableArray<double> Grid = [.. Enumerable.Range(0, 8).Select(k => Math.Pow(10, -1 + (k / 2.0)))];

    /// <summary>Inner folds.</summary>
    public const int Folds = 5;

    /// <summary>The penalty of <paramref name="grid"/> (default <see cref="Grid"/>) with the lowest <paramref name="folds"/>-fold log loss.</summary>
    public static double Choose(IReadOnlyList<double[]> x, IReadOnlyList<int> y, int classes, IReadOnlyList<double>? grid = null, int folds = Folds)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        grid ??= Grid;
        ArgumentOutOfRangeException.ThrowIfZero(grid.Count, nameof(grid));
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2, nameof(folds));
        var fold = StratifiedFolds(y, Math.Min(folds, x.Count));
        var loss = new double[grid.Count];
        for (int f = 0; f <= fold.DefaultIfEmpty(-1).Max(); f++)
        {
            var training = Enumerable.Range(0, x.Count).Where(i => fold[i] != f).ToArray();
            var held = Enumerable.Range(0, x.Count).Where(i => fold[i] == f).ToArray();
            if (training.Length == 0 || held.Length == 0)
            {
                continue;
            }

            // From the largest penalty down, each fit warm-started at the previous one.
            var path = RidgeMultinomialLogit.FitPath([.. training.Select(i => x[i])], [.. training.Select(i => y[i])], classes, [.. grid.Reverse()]);
            for (int g = 0; g < grid.Count; g++)
            {
                var model = path[grid.Count - 1 - g];
                loss[g] += held.Sum(i => ProperScores.LogLoss(model.Predict(x[i]), y[i]));
            }
        }

        int best = grid.Count - 1;
        for (int g = grid.Count - 2; g >= 0; g--)
        {
            // Strictly lower only: a tie keeps the larger penalty (grids run from small to large).
            if (loss[g] < loss[best] - 1e-12)
            {
                best = g;
            }
        }

        return grid[best];
    }

    /// <summary>Fold of each row: the rows of each class, in input order, dealt round-robin, continuing across classes.</summary>
    public static int[] StratifiedFolds(IReadOnlyList<int> y, int folds)
    {
        ArgumentNullException.ThrowIfNull(y);
        var fold = new int[y.Count];
        int next = 0;
        foreach (var group in Enumerable.Range(0, y.Count).GroupBy(i => y[i]).OrderBy(g => g.Key))
        {
            foreach (int i in group)
            {
                fold[i] = next;
                next = (next + 1) % folds;
            }
        }

        return fold;
    }
}
