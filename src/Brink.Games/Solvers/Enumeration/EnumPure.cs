using System.Collections.Immutable;
using Brink.Games.ExtensiveForm;
using Brink.Games.NormalForm;
using Brink.Games.Numerics;
using Brink.Games.Profiles;

namespace Brink.Games.Solvers.Enumeration;

/// <summary>
/// Gambit's <c>gambit-enumpure</c>: every pure-strategy Nash equilibrium, by checking each pure profile for a
/// profitable unilateral deviation (floating point first, exact arithmetic for anything within rounding of a
/// tie). On a tree it works on the reduced normal form and prints each equilibrium as Gambit does, as a
/// behaviour profile with all zeros at information sets the player's own choices rule out. With
/// <c>--spe</c>, <see cref="SolveSubgamePerfect"/> does backward induction on perfect-information trees.
/// Stateless.
/// </summary>
public static class EnumPure
{
    /// <summary>The method name reported in results.</summary>
    public const string MethodName = "enumpure";

    /// <summary>At most this many subgame-perfect equilibria are enumerated (ties multiply them).</summary>
    public const int MaxSubgamePerfect = 10_000;

    /// <summary>Pure equilibria of a normal form, in profile order (player 1's strategy varying fastest).</summary>
    public static SolverResult Solve(NormalFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        var profiles = PureEquilibria(game).Select(index =>
        {
            var pure = game.DecodeProfile(index);
            return Profile.FromExact(ProfileKind.Mixed, pure.Select((s, p) =>
                Enumerable.Range(0, game.StrategyCount(p)).Select(k => k == s ? Rational.One : Rational.Zero)));
        });
        return new SolverResult(MethodName, [.. profiles], true, []);
    }

    /// <summary>Pure equilibria of a tree's reduced normal form, as behaviour profiles.</summary>
    public static SolverResult Solve(ExtensiveFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        ReducedNormalForm.EnsureTabulable(game);
        var reduced = ReducedNormalForm.Create(game);
        var normal = reduced.ToNormalFormGame();
        var profiles = PureEquilibria(normal).Select(index => reduced.Behaviour(normal.DecodeProfile(index)));
        return new SolverResult(MethodName, [.. profiles], true, [$"reduced strategies={string.Join('x', normal.StrategyCounts)}"]);
    }

    /// <summary>
    /// Every subgame-perfect equilibrium in pure behaviour strategies of a perfect-information tree, by backward
    /// induction (every maximising action at a tie starts another equilibrium). Throws
    /// <see cref="SolverNotApplicableException"/> on imperfect information.
    /// </summary>
    public static SolverResult SolveSubgamePerfect(ExtensiveFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        if (!game.IsPerfectInformation)
        {
            throw new SolverNotApplicableException("--spe needs a game of perfect information: some information set holds more than one node");
        }

        var solutions = BackwardInduction(game, game.Root.Index);
        var profiles = solutions.Select(s => Profile.FromExact(ProfileKind.Behaviour, Enumerable.Range(1, game.PlayerCount)
            .SelectMany(p => game.PlayerInformationSets[p])
            .Select(set =>
            {
                int node = game.InformationSets[set].Members[0];
                return (IEnumerable<Rational>)[.. Enumerable.Range(0, game.InformationSets[set].ActionCount).Select(a => s.Choices[node] == a ? Rational.One : Rational.Zero)];
            })));
        return new SolverResult(MethodName, [.. profiles], true, ["subgame perfect"]);
    }

    /// <summary>Indices of the pure profiles at which no player gains by deviating.</summary>
    private static IEnumerable<int> PureEquilibria(NormalFormGame game)
    {
        int players = game.PlayerCount;
        var profile = new int[players];
        for (int index = 0; index < game.ProfileCount; index++)
        {
            if (IsEquilibrium(game, index, profile))
            {
                yield return index;
            }

            for (int p = 0; p < players && ++profile[p] == game.StrategyCount(p); p++)
            {
                profile[p] = 0;
            }
        }
    }

    private static bool IsEquilibrium(NormalFormGame game, int index, int[] profile)
    {
        for (int p = 0; p < game.PlayerCount; p++)
        {
            double current = game.PayoffAsDouble(index, p);
            int stride = game.Stride(p);
            int first = index - (profile[p] * stride);
            for (int s = 0; s < game.StrategyCount(p); s++)
            {
                int other = first + (s * stride);
                double value = game.PayoffAsDouble(other, p);
                if (value > current + (1e-9 * (1 + Math.Abs(current))))
                {
                    return false;
                }

                if (value > current - (1e-9 * (1 + Math.Abs(current))) && game.Payoff(other, p) > game.Payoff(index, p))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private sealed record Solution(ImmutableDictionary<int, int> Choices, Rational[] Values);

    private static List<Solution> BackwardInduction(ExtensiveFormGame game, int node)
    {
        var n = game.Nodes[node];
        if (n.Kind == NodeKind.Terminal)
        {
            return [new Solution(ImmutableDictionary<int, int>.Empty, game.PathPayoffs(node).ToArray())];
        }

        var children = n.Children.Select(c => BackwardInduction(game, c)).ToList();
        var set = game.InformationSets[n.InformationSet];
        var result = new List<Solution>();
        foreach (var combination in Combinations(children))
        {
            var merged = combination.Aggregate(ImmutableDictionary<int, int>.Empty, (d, s) => d.SetItems(s.Choices));
            if (set.IsChance)
            {
                var values = new Rational[game.PlayerCount];
                Array.Fill(values, Rational.Zero);
                for (int a = 0; a < combination.Count; a++)
                {
                    for (int p = 0; p < values.Length; p++)
                    {
                        values[p] += set.Probabilities[a] * combination[a].Values[p];
                    }
                }

                result.Add(new Solution(merged, values));
            }
            else
            {
                int player = set.Player - 1;
                var best = combination.Select(s => s.Values[player]).Max();
                for (int a = 0; a < combination.Count; a++)
                {
                    if (combination[a].Values[player] == best)
                    {
                        result.Add(new Solution(merged.SetItem(node, a), combination[a].Values));
                    }
                }
            }

            if (result.Count > MaxSubgamePerfect)
            {
                throw new SolverNotApplicableException($"more than {MaxSubgamePerfect} subgame-perfect equilibria (ties multiply them); not enumerated");
            }
        }

        return result;
    }

    private static IEnumerable<List<Solution>> Combinations(List<List<Solution>> options)
    {
        var index = new int[options.Count];
        while (true)
        {
            yield return [.. options.Select((o, i) => o[index[i]])];
            int k = options.Count - 1;
            while (k >= 0 && ++index[k] == options[k].Count)
            {
                index[k] = 0;
                k--;
            }

            if (k < 0)
            {
                yield break;
            }
        }
    }
}
