using Brink.Games.NormalForm;

namespace Brink.Games.Solvers.Lyapunov;

/// <summary>
/// The Lyapunov function of a normal form (McKelvey 1991, the objective <c>gambit-liap</c> minimises):
/// L(x) = Σ_i Σ_j max(0, u_ij(x) − u_i(x))², where u_ij is player i's payoff from pure strategy j against the
/// others' mixtures and u_i(x) = Σ_j x_ij u_ij. On the product of simplices L ≥ 0, and L = 0 exactly at the Nash
/// equilibria. Gambit adds penalty terms to keep an unconstrained search near the simplices; here the search
/// projects onto them instead (<see cref="LyapunovDescent"/>), so only the regret terms remain.
/// </summary>
internal sealed class LyapunovFunction
{
    private readonly int[][] profiles;
    private readonly double[] payoffs;
    private readonly int players;

    public LyapunovFunction(NormalFormGame game)
    {
        Counts = [.. game.StrategyCounts];
        players = game.PlayerCount;
        profiles = [.. Enumerable.Range(0, game.ProfileCount).Select(game.DecodeProfile)];
        payoffs = game.AllPayoffsAsDouble.ToArray();
    }

    /// <summary>Strategies per player.</summary>
    public int[] Counts { get; }

    /// <summary>
    /// L at <paramref name="x"/> and, when <paramref name="gradient"/> is given, ∂L/∂x_kl written into it. With
    /// h_ij = max(0, u_ij − u_i), H_i = Σ_j h_ij and c_ij = h_ij − H_i x_ij, the chain rule gives
    /// ∂L/∂x_kl = 2(−H_k u_kl + Σ_{i≠k} Σ_j c_ij ∂u_ij/∂x_kl), and ∂u_ij/∂x_kl is the payoff of (j, l) against the
    /// remaining players' mixtures, accumulated profile by profile below.
    /// </summary>
    public double Evaluate(double[][] x, double[][]? gradient, out double maxRegret)
    {
        var values = PureValues(x);
        double total = 0;
        maxRegret = 0;
        var c = new double[players][];
        var heldGain = new double[players];
        for (int i = 0; i < players; i++)
        {
            double own = 0;
            for (int j = 0; j < Counts[i]; j++)
            {
                own += x[i][j] * values[i][j];
            }

            c[i] = new double[Counts[i]];
            for (int j = 0; j < Counts[i]; j++)
            {
                double gain = Math.Max(0, values[i][j] - own);
                maxRegret = Math.Max(maxRegret, gain);
                total += gain * gain;
                c[i][j] = gain;
                heldGain[i] += gain;
            }

            for (int j = 0; j < Counts[i]; j++)
            {
                c[i][j] -= heldGain[i] * x[i][j];
            }
        }

        if (gradient is null)
        {
            return total;
        }

        for (int k = 0; k < players; k++)
        {
            for (int l = 0; l < Counts[k]; l++)
            {
                gradient[k][l] = -heldGain[k] * values[k][l];
            }
        }

        for (int index = 0; index < profiles.Length; index++)
        {
            var profile = profiles[index];
            for (int i = 0; i < players; i++)
            {
                double weight = c[i][profile[i]] * payoffs[(index * players) + i];
                if (weight == 0)
                {
                    continue;
                }

                for (int k = 0; k < players; k++)
                {
                    if (k == i)
                    {
                        continue;
                    }

                    double product = weight;
                    for (int m = 0; m < players && product != 0; m++)
                    {
                        product = m == i || m == k ? product : product * x[m][profile[m]];
                    }

                    gradient[k][profile[k]] += product;
                }
            }
        }

        for (int k = 0; k < players; k++)
        {
            for (int l = 0; l < Counts[k]; l++)
            {
                gradient[k][l] *= 2;
            }
        }

        return total;
    }

    private double[][] PureValues(double[][] x)
    {
        var values = Counts.Select(n => new double[n]).ToArray();
        for (int index = 0; index < profiles.Length; index++)
        {
            var profile = profiles[index];
            for (int i = 0; i < players; i++)
            {
                double weight = payoffs[(index * players) + i];
                for (int k = 0; k < players && weight != 0; k++)
                {
                    weight = k == i ? weight : weight * x[k][profile[k]];
                }

                values[i][profile[i]] += weight;
            }
        }

        return values;
    }
}
