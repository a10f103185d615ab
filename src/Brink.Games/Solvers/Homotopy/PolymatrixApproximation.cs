using Brink.Games.NormalForm;
using Brink.Games.Numerics;

namespace Brink.Games.Solvers.Homotopy;

/// <summary>
/// The first-order (polymatrix) approximation of an N-player normal form at a mixed profile σ, as Govindan and
/// Wilson (2004, §2) build it: player n's payoff is approximated by Σ_{m≠n} xₙᵀ Aₙₘ(σ) xₘ / (N−1), where
/// Aₙₘ(σ)[i, j] is n's expected payoff when n plays i, m plays j and every other player mixes by σ. The blocks form
/// one M×M matrix over all M strategies of all players (diagonal blocks zero), flattened row-major. For two players
/// the approximation is the game itself. Payoffs are shifted by the smallest payoff, as GameTracer's copy of the
/// game is (Gambit's <c>BuildGame</c>): the shift does not change the approximating game's equilibria, but it does
/// move the iteration's anchor point z = Aσ + σ, so it is kept to follow Gambit's path.
/// </summary>
internal sealed class PolymatrixApproximation
{
    private readonly int[][] profiles;
    private readonly double[] shiftedPayoffs;

    public PolymatrixApproximation(NormalFormGame game, Rational minimumPayoff)
    {
        Players = game.PlayerCount;
        Counts = [.. game.StrategyCounts];
        Offsets = new int[Players + 1];
        for (int p = 0; p < Players; p++)
        {
            Offsets[p + 1] = Offsets[p] + Counts[p];
        }

        profiles = [.. Enumerable.Range(0, game.ProfileCount).Select(game.DecodeProfile)];
        // Shifted exactly, then rounded once, as Gambit converts its rational payoffs.
        var payoffs = game.AllPayoffs;
        shiftedPayoffs = new double[payoffs.Length];
        for (int i = 0; i < payoffs.Length; i++)
        {
            shiftedPayoffs[i] = (payoffs[i] - minimumPayoff).ToDouble();
        }
    }

    /// <summary>The number of players N.</summary>
    public int Players { get; }

    /// <summary>Each player's number of strategies.</summary>
    public int[] Counts { get; }

    /// <summary>Where each player's strategies start in a flat vector; the last entry is M, the total.</summary>
    public int[] Offsets { get; }

    /// <summary>The total number of strategies M.</summary>
    public int Size => Offsets[Players];

    /// <summary>The player owning flat strategy index <paramref name="index"/>.</summary>
    public int PlayerOf(int index)
    {
        int p = 0;
        while (index >= Offsets[p + 1])
        {
            p++;
        }

        return p;
    }

    /// <summary>
    /// The approximation's matrix at the flat profile <paramref name="sigma"/> (each player's block summing to 1),
    /// already divided by N − 1, so that (A σ)ᵢ is the true expected payoff of pure strategy i at σ.
    /// </summary>
    public double[] Jacobian(double[] sigma)
    {
        int m = Size;
        var matrix = new double[m * m];
        var local = new int[Players];
        for (int index = 0; index < profiles.Length; index++)
        {
            var profile = profiles[index];
            for (int p = 0; p < Players; p++)
            {
                local[p] = Offsets[p] + profile[p];
            }

            for (int n = 0; n < Players; n++)
            {
                double payoff = shiftedPayoffs[(index * Players) + n];
                if (payoff == 0)
                {
                    continue;
                }

                for (int other = 0; other < Players; other++)
                {
                    if (other == n)
                    {
                        continue;
                    }

                    double weight = payoff;
                    for (int k = 0; k < Players && weight != 0; k++)
                    {
                        weight = k == n || k == other ? weight : weight * sigma[local[k]];
                    }

                    matrix[(local[n] * m) + local[other]] += weight;
                }
            }
        }

        // Divided rather than multiplied by 1/(N−1), as GameTracer does, so the path rounds the same way.
        if (Players > 2)
        {
            for (int i = 0; i < matrix.Length; i++)
            {
                matrix[i] /= Players - 1;
            }
        }

        return matrix;
    }
}
