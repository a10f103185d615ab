using Brink.Games.NormalForm;

namespace Brink.Games.Solvers.QuantalResponse;

/// <summary>
/// Logit equations of an N-player strategic game: one group per player, a strategy's value is its expected payoff
/// against the others' mixtures.
/// </summary>
/// <remarks>
/// In log coordinates ∂v(p,s)/∂x(q,t) = Σ over profiles with p on s and q on t of u_p · Π_{r≠p} σ_r, the same
/// weight that enters v(p,s) itself, so one pass over the payoff table gives values and Jacobian.
/// </remarks>
internal sealed class LogitNormalFormSystem : LogitSystem
{
    private readonly NormalFormGame game;
    private readonly int[] offsets;
    private readonly int[] counts;
    private readonly double[] probabilities;
    private readonly double[] otherWeights;
    private readonly int[] pure;

    public LogitNormalFormSystem(NormalFormGame game)
        : base([.. game.StrategyCounts], Scale(game))
    {
        this.game = game;
        counts = [.. game.StrategyCounts];
        offsets = [.. GroupStarts[..^1]];
        probabilities = new double[VariableCount];
        otherWeights = new double[game.PlayerCount];
        pure = new int[game.PlayerCount];
    }

    protected override void ComputeValues(ReadOnlySpan<double> logs, double[] valuesOut, double[]? derivativesOut)
    {
        // Hot loop of every path step; index arithmetic stays far below int.MaxValue.
        unchecked
        {
            int n = VariableCount, players = game.PlayerCount;
            for (int j = 0; j < n; j++)
            {
                probabilities[j] = Math.Exp(logs[j]);
            }

            Array.Clear(valuesOut);
            Array.Clear(pure);
            var payoffs = game.AllPayoffsAsDouble;
            for (int k = 0; k < game.ProfileCount; k++)
            {
                for (int p = 0; p < players; p++)
                {
                    double weight = 1;
                    for (int r = 0; r < players; r++)
                    {
                        if (r != p)
                        {
                            weight *= probabilities[offsets[r] + pure[r]];
                        }
                    }

                    otherWeights[p] = weight * payoffs[(k * players) + p];
                }

                for (int p = 0; p < players; p++)
                {
                    int row = offsets[p] + pure[p];
                    double term = otherWeights[p];
                    valuesOut[row] += term;
                    if (derivativesOut is not null && term != 0)
                    {
                        for (int q = 0; q < players; q++)
                        {
                            if (q != p)
                            {
                                derivativesOut[(row * n) + offsets[q] + pure[q]] += term;
                            }
                        }
                    }
                }

                for (int p = 0; p < players && ++pure[p] == counts[p]; p++)
                {
                    pure[p] = 0;
                }
            }
        }
    }

    private static double Scale(NormalFormGame game)
    {
        var payoffs = game.AllPayoffsAsDouble;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double payoff in payoffs)
        {
            min = Math.Min(min, payoff);
            max = Math.Max(max, payoff);
        }

        return max > min ? max - min : 1;
    }
}
