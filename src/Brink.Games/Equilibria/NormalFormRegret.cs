using Brink.Games.NormalForm;
using Brink.Games.Numerics;
using Brink.Games.Profiles;

namespace Brink.Games.Equilibria;

/// <summary>
/// The equilibrium check for mixed profiles of normal-form games, kept apart from every solver: the largest
/// gain any player can make by switching to a pure strategy. Zero (exact) means a Nash equilibrium.
/// </summary>
public static class NormalFormRegret
{
    /// <summary>Each player's expected payoff from each pure strategy against the others' mixtures, exactly.</summary>
    public static Rational[][] StrategyValues(NormalFormGame game, IReadOnlyList<IReadOnlyList<Rational>> profile)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(profile);
        int n = game.PlayerCount;
        var values = Enumerable.Range(0, n).Select(p => new Rational[game.StrategyCount(p)]).ToArray();
        var pure = new int[n];
        for (int k = 0; k < game.ProfileCount; k++)
        {
            for (int p = 0; p < n; p++)
            {
                Rational weight = Rational.One;
                for (int q = 0; q < n && !weight.IsZero; q++)
                {
                    if (q != p)
                    {
                        weight *= profile[q][pure[q]];
                    }
                }

                if (!weight.IsZero)
                {
                    values[p][pure[p]] += weight * game.Payoff(k, p);
                }
            }

            for (int p = 0; p < n && ++pure[p] == game.StrategyCount(p); p++)
            {
                pure[p] = 0;
            }
        }

        return values;
    }

    /// <summary>Exact maximum regret over players; 0 exactly at a Nash equilibrium.</summary>
    public static Rational MaxRegret(NormalFormGame game, IReadOnlyList<IReadOnlyList<Rational>> profile)
    {
        var values = StrategyValues(game, profile);
        Rational worst = Rational.Zero;
        for (int p = 0; p < values.Length; p++)
        {
            Rational expected = Rational.Zero;
            Rational best = values[p][0];
            for (int s = 0; s < values[p].Length; s++)
            {
                expected += profile[p][s] * values[p][s];
                best = Rational.Max(best, values[p][s]);
            }

            worst = Rational.Max(worst, best - expected);
        }

        return worst;
    }

    /// <summary>Each player's expected payoff from each pure strategy against the others' mixtures.</summary>
    public static double[][] StrategyValues(NormalFormGame game, IReadOnlyList<IReadOnlyList<double>> profile)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(profile);
        int n = game.PlayerCount;
        var values = Enumerable.Range(0, n).Select(p => new double[game.StrategyCount(p)]).ToArray();
        var pure = new int[n];
        var payoffs = game.AllPayoffsAsDouble;
        for (int k = 0; k < game.ProfileCount; k++)
        {
            for (int p = 0; p < n; p++)
            {
                double weight = 1;
                for (int q = 0; q < n; q++)
                {
                    if (q != p)
                    {
                        weight *= profile[q][pure[q]];
                    }
                }

                values[p][pure[p]] += weight * payoffs[(k * n) + p];
            }

            for (int p = 0; p < n && ++pure[p] == game.StrategyCount(p); p++)
            {
                pure[p] = 0;
            }
        }

        return values;
    }

    /// <summary>Maximum regret over players in floating point.</summary>
    public static double MaxRegret(NormalFormGame game, IReadOnlyList<IReadOnlyList<double>> profile)
    {
        var values = StrategyValues(game, profile);
        double worst = 0;
        for (int p = 0; p < values.Length; p++)
        {
            double expected = 0;
            for (int s = 0; s < values[p].Length; s++)
            {
                expected += profile[p][s] * values[p][s];
            }

            worst = Math.Max(worst, values[p].Max() - expected);
        }

        return worst;
    }

    /// <summary>Regret of a solver's mixed profile: exact when the profile is exact.</summary>
    public static double MaxRegret(NormalFormGame game, Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.IsExact
            ? MaxRegret(game, profile.Exact.Select(s => (IReadOnlyList<Rational>)s).ToArray()).ToDouble()
            : MaxRegret(game, profile.Values.Select(s => (IReadOnlyList<double>)s).ToArray());
    }
}
