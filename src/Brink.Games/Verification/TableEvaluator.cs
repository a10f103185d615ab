using System.Collections.Immutable;
using Brink.Games.NormalForm;

namespace Brink.Games.Verification;

/// <summary>
/// Expected payoffs and best pure deviations of a mixed profile of an N-player normal form, read straight from
/// the payoff table (player 1's strategy varying fastest), apart from every solver.
/// </summary>
/// <typeparam name="T">Rational or double.</typeparam>
/// <typeparam name="TArithmetic">The operations on <typeparamref name="T"/>.</typeparam>
internal static class TableEvaluator<T, TArithmetic>
    where TArithmetic : IArithmetic<T>
{
    /// <summary>Evaluates one mixture per player; a best reply can always be pure, so the best pure strategy's value is the best reply's.</summary>
    public static Evaluation<T> Evaluate(NormalFormGame game, IReadOnlyList<IReadOnlyList<T>> mixture)
    {
        if (Mixtures<T, TArithmetic>.Problem(game.StrategyCounts, mixture) is { } problem)
        {
            return Evaluation<T>.Malformed(problem);
        }

        int n = game.PlayerCount;
        var pure = Enumerable.Range(0, n).Select(p => Enumerable.Repeat(TArithmetic.Zero, game.StrategyCount(p)).ToArray()).ToArray();
        var strategy = new int[n];

        // before[p] is the product of the probabilities of players 0..p-1 in this cell, after[p] of players p+1..n-1;
        // their product is the weight the others put on the cell, from p's point of view.
        var before = new T[n + 1];
        var after = new T[n + 1];
        for (int cell = 0; cell < game.ProfileCount; cell++)
        {
            before[0] = TArithmetic.One;
            after[n] = TArithmetic.One;
            for (int p = 0; p < n; p++)
            {
                before[p + 1] = TArithmetic.Multiply(before[p], mixture[p][strategy[p]]);
                after[n - 1 - p] = TArithmetic.Multiply(after[n - p], mixture[n - 1 - p][strategy[n - 1 - p]]);
            }

            for (int p = 0; p < n; p++)
            {
                T weight = TArithmetic.Multiply(before[p], after[p + 1]);
                if (!TArithmetic.IsZero(weight))
                {
                    pure[p][strategy[p]] = TArithmetic.Add(pure[p][strategy[p]], TArithmetic.Multiply(weight, TArithmetic.Payoff(game, cell, p)));
                }
            }

            // The next cell: player 1's strategy turns over fastest, as the table is laid out.
            for (int p = 0; p < n && ++strategy[p] == game.StrategyCount(p); p++)
            {
                strategy[p] = 0;
            }
        }

        var values = ImmutableArray.CreateBuilder<T>(n);
        var best = ImmutableArray.CreateBuilder<T>(n);
        for (int p = 0; p < n; p++)
        {
            T value = TArithmetic.Zero;
            T top = pure[p][0];
            for (int s = 0; s < pure[p].Length; s++)
            {
                value = TArithmetic.Add(value, TArithmetic.Multiply(mixture[p][s], pure[p][s]));
                top = TArithmetic.Greater(pure[p][s], top) ? pure[p][s] : top;
            }

            values.Add(value);
            best.Add(top);
        }

        return new Evaluation<T>(values.MoveToImmutable(), best.MoveToImmutable(), null);
    }
}
