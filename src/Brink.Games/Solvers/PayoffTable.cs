using Brink.Games.NormalForm;

namespace Brink.Games.Solvers;

/// <summary>
/// A normal form's payoffs in doubles with every profile decoded once: each player's value of each pure strategy
/// against the others' mixtures, the gains over the current mixture and the largest regret. For the floating
/// search methods (simpdiv, liap); answers are checked apart by the verifier.
/// </summary>
internal sealed class PayoffTable
{
    private readonly NormalFormGame game;
    private readonly int[][] profiles;

    public PayoffTable(NormalFormGame game)
    {
        this.game = game;
        profiles = [.. Enumerable.Range(0, game.ProfileCount).Select(game.DecodeProfile)];
        Scale = 1 + game.AllPayoffsAsDouble.ToArray().Select(Math.Abs).DefaultIfEmpty(0).Max();
    }

    /// <summary>1 + the largest absolute payoff.</summary>
    public double Scale { get; }

    /// <summary>u[i][j]: player i's expected payoff from pure strategy j against the others' mixtures.</summary>
    public double[][] PureValues(double[][] mixture)
    {
        int players = game.PlayerCount;
        var values = new double[players][];
        for (int i = 0; i < players; i++)
        {
            values[i] = new double[game.StrategyCount(i)];
        }

        for (int index = 0; index < profiles.Length; index++)
        {
            var profile = profiles[index];
            for (int i = 0; i < players; i++)
            {
                double weight = 1;
                for (int k = 0; k < players && weight != 0; k++)
                {
                    weight = k == i ? weight : weight * mixture[k][profile[k]];
                }

                values[i][profile[i]] += weight * game.PayoffAsDouble(index, i);
            }
        }

        return values;
    }

    /// <summary>Each player's gain from each pure strategy over its own mixture: u_ij − Σ_h x_ih u_ih.</summary>
    public double[][] Gains(double[][] mixture)
    {
        var values = PureValues(mixture);
        for (int i = 0; i < values.Length; i++)
        {
            double own = 0;
            for (int j = 0; j < values[i].Length; j++)
            {
                own += mixture[i][j] * values[i][j];
            }

            for (int j = 0; j < values[i].Length; j++)
            {
                values[i][j] -= own;
            }
        }

        return values;
    }

    /// <summary>The largest gain of any player from any pure strategy.</summary>
    public double MaxRegret(double[][] mixture) => Gains(mixture).SelectMany(g => g).DefaultIfEmpty(0).Max();

    /// <summary>
    /// The (player, strategy) with the largest gain, first in order on ties; players with one strategy never
    /// label (their gain is always 0).
    /// </summary>
    public (int Player, int Strategy, double Gain) LargestGain(double[][] mixture)
    {
        var gains = Gains(mixture);
        (int, int) best = (-1, -1);
        double largest = double.NegativeInfinity;
        for (int i = 0; i < gains.Length; i++)
        {
            for (int j = 0; j < gains[i].Length && gains[i].Length > 1; j++)
            {
                if (gains[i][j] > largest)
                {
                    (best, largest) = ((i, j), gains[i][j]);
                }
            }
        }

        return (best.Item1, best.Item2, largest);
    }
}
