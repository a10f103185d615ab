using System.Runtime.CompilerServices;
using Brink.Games.NormalForm;

namespace Brink.Games.Solvers.Homotopy;

/// <summary>
/// A normal form as the global Newton method reads it: strategies numbered globally (player 1's first, then player
/// 2's, …), payoffs rescaled to [0, 1] by (u − min) / (max − min) over the whole table, as Gambit's gnm does before
/// tracing, so its λ bound (−10) means the same thing here. Rescaling changes no equilibrium and no path: the game
/// G + λb has the same equilibria as cG + cλb. Evaluates the payoff vector V(σ) (V_ns: n's payoff to pure s
/// against σ_−n) and its Jacobian, which is multilinear in the other players' mixtures.
/// </summary>
internal sealed class GnmPayoffs
{
    // strategies[p * players + k]: the global index of player k's strategy in profile p.
    private readonly int[] strategies;

    // payoffs[p * players + k]: player k's rescaled payoff in profile p.
    private readonly double[] payoffs;
    private readonly int profiles;
    private double[]? constantJacobian;

    public GnmPayoffs(NormalFormGame game)
    {
        Players = game.PlayerCount;
        Offsets = new int[Players + 1];
        for (int n = 0; n < Players; n++)
        {
            Offsets[n + 1] = Offsets[n] + game.StrategyCount(n);
        }

        Total = Offsets[Players];
        PlayerOf = new int[Total];
        for (int n = 0; n < Players; n++)
        {
            Array.Fill(PlayerOf, n, Offsets[n], Offsets[n + 1] - Offsets[n]);
        }

        profiles = game.ProfileCount;
        var raw = game.AllPayoffsAsDouble;
        double min = raw.Length == 0 ? 0 : double.PositiveInfinity, max = raw.Length == 0 ? 0 : double.NegativeInfinity;
        foreach (double u in raw)
        {
            (min, max) = (Math.Min(min, u), Math.Max(max, u));
        }

        double scale = max > min ? 1 / (max - min) : 1;
        payoffs = new double[profiles * Players];
        strategies = new int[profiles * Players];
        for (int p = 0; p < profiles; p++)
        {
            var profile = game.DecodeProfile(p);
            for (int k = 0; k < Players; k++)
            {
                strategies[(p * Players) + k] = Offsets[k] + profile[k];
                payoffs[(p * Players) + k] = (game.PayoffAsDouble(p, k) - min) * scale;
            }
        }
    }

    /// <summary>The number of players.</summary>
    public int Players { get; }

    /// <summary>The number of strategies of all players together.</summary>
    public int Total { get; }

    /// <summary>Offsets[n]: player n's first global strategy index; Offsets[Players] = Total.</summary>
    public int[] Offsets { get; }

    /// <summary>The player owning each global strategy index.</summary>
    public int[] PlayerOf { get; }

    // Hot loops are compiled fully optimised at once: a whole solve is over before tiered compilation would
    // promote them, and in their first tier they run several times slower.
    /// <summary>V(σ) into <paramref name="values"/> (length <see cref="Total"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Values(double[] sigma, double[] values)
    {
        Array.Clear(values);
        int players = Players;
        Span<double> prefix = stackalloc double[players + 1];
        Span<double> suffix = stackalloc double[players + 1];
        for (int p = 0, at = 0; p < profiles; p++, at += players)
        {
            prefix[0] = 1;
            suffix[players] = 1;
            for (int k = 0; k < players; k++)
            {
                prefix[k + 1] = prefix[k] * sigma[strategies[at + k]];
                suffix[players - k - 1] = suffix[players - k] * sigma[strategies[at + players - k - 1]];
            }

            for (int n = 0; n < players; n++)
            {
                double weight = prefix[n] * suffix[n + 1];
                if (weight != 0)
                {
                    values[strategies[at + n]] += weight * payoffs[at + n];
                }
            }
        }
    }

    /// <summary>
    /// ∂V_ns/∂σ_mt (row ns, column mt, row-major, Total × Total) at σ; zero where n = m. Only the columns of
    /// strategies in <paramref name="support"/> are filled (the tracer reads no others), which lets every profile
    /// with two or more strategies outside the support be skipped. With two players it is the payoff table itself,
    /// computed once in full.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double[] Jacobian(double[] sigma, bool[] support)
    {
        if (Players == 2 && constantJacobian is not null)
        {
            return constantJacobian;
        }

        int players = Players, total = Total;
        var jacobian = new double[total * total];
        for (int p = 0, at = 0; p < profiles; p++, at += players)
        {
            int outside = 0;
            for (int k = 0; k < players && outside < 2 && players > 2; k++)
            {
                outside += support[strategies[at + k]] ? 0 : 1;
            }

            // A filled column is in the support, so a second strategy outside it is some other player's and its
            // zero probability is in every weight of this profile.
            if (outside >= 2)
            {
                continue;
            }

            for (int n = 0; n < players; n++)
            {
                int row = strategies[at + n] * total;
                for (int m = 0; m < players; m++)
                {
                    if (m == n)
                    {
                        continue;
                    }

                    double weight = 1;
                    for (int k = 0; k < players && weight != 0; k++)
                    {
                        weight = k == n || k == m ? weight : weight * sigma[strategies[at + k]];
                    }

                    jacobian[row + strategies[at + m]] += weight * payoffs[at + n];
                }
            }
        }

        if (Players == 2)
        {
            constantJacobian = jacobian;
        }

        return jacobian;
    }
}
