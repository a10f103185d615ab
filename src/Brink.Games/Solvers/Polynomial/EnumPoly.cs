using System.Globalization;
using System.Numerics;
using Brink.Games.ExtensiveForm;
using Brink.Games.NormalForm;
using Brink.Games.Profiles;
using Brink.Games.Solvers.Lemke;

namespace Brink.Games.Solvers.Polynomial;

/// <summary>
/// Gambit's <c>gambit-enumpoly</c>: every isolated Nash equilibrium found by enumerating support profiles and
/// solving the indifference equations on each (<see cref="SupportSystem"/>). Supports with a strategy strictly
/// dominated within the others' supports are skipped, as Gambit skips them. For two players the equations are
/// linear and one Newton step from the centroid solves them; supports of unequal sizes give singular systems
/// (continua, which Gambit does not print either) and are skipped outright. The same holds whenever at most two
/// players mix and the rest play pure strategies. For three or more players the
/// equations are polynomial: Newton's method from a fixed set of deterministic starts per support finds the
/// roots it reaches, which in practice are all of them on the bundled games but is not guaranteed
/// (docs/verification.md). A root is an equilibrium when no strategy outside the supports does better; answers
/// are floating profiles checked by the verifier. A two-player tree is searched on its behaviour supports through
/// the sequence form, where the conditions are linear and solved exactly (<see cref="TreeSupportSearch"/>); a tree
/// with more players is solved on its reduced normal form. Each answer on a tree is printed as a behaviour profile.
/// Stateless.
/// </summary>
public static class EnumPoly
{
    /// <summary>The method name reported in results.</summary>
    public const string MethodName = "enumpoly";

    /// <summary>A root counts as an equilibrium when no outside strategy gains more than this times the payoff scale.</summary>
    public const double RegretTolerance = 1e-9;

    /// <summary>Most strategies per player: 2^24 supports of one player are already far too many to search.</summary>
    public const int MaxStrategies = 24;

    /// <summary>Most support profiles searched; beyond this the search runs for minutes (Gambit's times out too).</summary>
    public const double MaxSupports = 1_000_000;

    private const double PositiveFloor = 1e-12;

    private static double Choose(int n, int k) => Enumerable.Range(1, k).Aggregate(1.0, (c, i) => c * (n - k + i) / i);

    /// <summary>Every isolated equilibrium the support search finds, in the order of the supports.</summary>
    public static SolverResult Solve(NormalFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        var (found, supports) = Search(game);
        return new SolverResult(MethodName, [.. found.Select(x => Profile.FromDoubles(ProfileKind.Mixed, x))], false,
            [string.Create(CultureInfo.InvariantCulture, $"supports solved={supports}")]);
    }

    /// <summary>
    /// On a tree: a two-player tree with perfect recall is searched on its behaviour supports, as
    /// <c>gambit-enumpoly</c> does (<see cref="SolveOnTree"/>; past that search's limits, on the reduced normal form
    /// if it fits). Other trees are solved on their reduced normal form, each equilibrium printed as its behaviour
    /// profile, completed at sets the player's own play rules out as Gambit's tree search reports them
    /// (<see cref="BehaviourCompletion"/>), duplicates dropped.
    /// </summary>
    public static SolverResult Solve(ExtensiveFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        if (game.PlayerCount == 2 && PerfectRecall.FindViolation(game) is null)
        {
            try
            {
                return SolveOnTree(game);
            }
            catch (SolverNotApplicableException) when (ReducedFormRefusal(game) is null)
            {
                // Too many behaviour supports, but the reduced form fits its limits: search that instead.
            }
        }

        ReducedNormalForm.EnsureTabulable(game);
        var reduced = ReducedNormalForm.Create(game);
        var (found, supports) = Search(reduced.ToNormalFormGame());
        return Completed(game, found.Select(x => TreeProfiles.ToBehaviour(reduced, x)), supports);
    }

    /// <summary>
    /// A two-player tree searched on its behaviour supports (<see cref="TreeSupportSearch"/>). Each exact realization plan is printed as a behaviour profile,
    /// completed at sets the player's own play rules out (<see cref="BehaviourCompletion"/>, ties to the last
    /// action), duplicates dropped.
    /// </summary>
    internal static SolverResult SolveOnTree(ExtensiveFormGame game)
    {
        var form = SequenceForm.Create(game);
        var (plans, solved) = TreeSupportSearch.Search(form);
        var profiles = new List<Profile>();
        foreach (var read in plans.Select(p => Lcp.BehaviourProfile(form, p[0], p[1], zerosWhereUnreached: true)))
        {
            var behaviour = BehaviourCompletion.Complete(game, read, lastOnTie: true);
            if (!profiles.Any(p => p.Matches(behaviour, 1e-8)))
            {
                profiles.Add(behaviour);
            }
        }

        return new SolverResult(MethodName, [.. profiles], false,
            [string.Create(CultureInfo.InvariantCulture, $"support pairs solved on the tree={solved}")]);
    }

    // The reason the reduced-form search would refuse this tree, or null when it fits.
    private static string? ReducedFormRefusal(ExtensiveFormGame game)
    {
        try
        {
            ReducedNormalForm.EnsureTabulable(game);
        }
        catch (SolverNotApplicableException refused)
        {
            return refused.Message;
        }

        return Refusal([.. ReducedNormalForm.Create(game).Strategies.Select(s => s.Length)]);
    }

    private static SolverResult Completed(ExtensiveFormGame game, IEnumerable<Profile> found, int supports)
    {
        var profiles = new List<Profile>();
        foreach (var read in found)
        {
            var behaviour = BehaviourCompletion.Complete(game, read);
            if (!profiles.Any(p => p.Matches(behaviour, 1e-8)))
            {
                profiles.Add(behaviour);
            }
        }

        return new SolverResult(MethodName, [.. profiles], false, [string.Create(CultureInfo.InvariantCulture, $"supports solved={supports}")]);
    }

    private static (List<double[][]> Found, int Supports) Search(NormalFormGame game)
    {
        var table = new PayoffTable(game);
        var counts = game.StrategyCounts.ToArray();
        int players = counts.Length;
        if (Refusal(counts) is { } refusal)
        {
            throw new SolverNotApplicableException(refusal);
        }

        var masks = new int[players];
        Array.Fill(masks, 1);
        var found = new List<double[][]>();
        int solved = 0;
        while (true)
        {
            var support = masks.Select((mask, i) => Enumerable.Range(0, counts[i]).Where(j => (mask & (1 << j)) != 0).ToArray()).ToArray();
            // With at most two players mixing (the rest pure) the equations are linear, and unequal support sizes
            // make them singular: skip those supports before building anything.
            var mixing = masks.Where(m => BitOperations.PopCount((uint)m) > 1).Select(m => BitOperations.PopCount((uint)m)).ToArray();
            bool square = mixing.Length != 2 || mixing[0] == mixing[1];
            if (square && !HasDominated(game, support))
            {
                solved++;
                foreach (var root in Roots(game, support))
                {
                    if (table.MaxRegret(root) <= RegretTolerance * table.Scale)
                    {
                        found.Add(root);
                    }
                }
            }

            int p = 0;
            while (p < players && ++masks[p] == 1 << counts[p])
            {
                masks[p++] = 1;
            }

            if (p == players)
            {
                return (found, solved);
            }
        }
    }

    // Why a game with these strategy counts is refused, or null when the search fits the limits.
    private static string? Refusal(int[] counts)
    {
        if (counts.Any(n => n > MaxStrategies))
        {
            return $"enumpoly enumerates the supports of every player; a player with more than {MaxStrategies} strategies has too many";
        }

        double candidates = counts.Length == 2
            ? Enumerable.Range(1, Math.Min(counts[0], counts[1])).Sum(k => Choose(counts[0], k) * Choose(counts[1], k))
            : counts.Aggregate(1.0, (product, n) => product * (Math.Pow(2, n) - 1));
        return candidates > MaxSupports
            ? string.Create(CultureInfo.InvariantCulture, $"enumpoly would search {candidates:0.##e+0} support profiles, more than {MaxSupports:N0}")
            : null;
    }

    private static IEnumerable<double[][]> Roots(NormalFormGame game, int[][] support)
    {
        int players = support.Length;
        var positions = new int[players];
        var profiles = new List<int[]>();
        var payoffs = new List<double[]>();
        var full = new int[players];
        while (true)
        {
            for (int i = 0; i < players; i++)
            {
                full[i] = support[i][positions[i]];
            }

            int index = game.ProfileIndex(full);
            profiles.Add((int[])positions.Clone());
            payoffs.Add([.. Enumerable.Range(0, players).Select(i => game.PayoffAsDouble(index, i))]);
            int p = 0;
            while (p < players && ++positions[p] == support[p].Length)
            {
                positions[p++] = 0;
            }

            if (p == players)
            {
                break;
            }
        }

        int equations = support.Sum(s => s.Length - 1);
        // Linear when at most two players mix (one Newton step from any start); polynomial otherwise.
        int starts = support.Count(s => s.Length > 1) <= 2 ? 1 : Math.Min(24, (3 * equations) + 1);
        var system = new SupportSystem(support, [.. profiles], [.. payoffs]);
        foreach (var root in system.Roots(starts, PositiveFloor))
        {
            var x = new double[players][];
            int offset = 0;
            for (int i = 0; i < players; i++)
            {
                x[i] = new double[game.StrategyCount(i)];
                for (int j = 0; j < support[i].Length; j++)
                {
                    x[i][support[i][j]] = root[offset + j];
                }

                offset += support[i].Length;
            }

            yield return x;
        }
    }

    // Whether some supported strategy of some player is strictly dominated by another of its strategies against
    // every pure profile of the others' supports (then no root on this support is an equilibrium).
    private static bool HasDominated(NormalFormGame game, int[][] support)
    {
        int players = support.Length;
        for (int i = 0; i < players; i++)
        {
            foreach (int j in support[i])
            {
                for (int k = 0; k < game.StrategyCount(i); k++)
                {
                    if (k != j && Dominates(game, support, i, k, j))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool Dominates(NormalFormGame game, int[][] support, int player, int better, int worse)
    {
        int players = support.Length;
        var positions = new int[players];
        var profile = new int[players];
        while (true)
        {
            for (int m = 0; m < players; m++)
            {
                profile[m] = m == player ? better : support[m][positions[m]];
            }

            double high = game.PayoffAsDouble(game.ProfileIndex(profile), player);
            profile[player] = worse;
            if (high <= game.PayoffAsDouble(game.ProfileIndex(profile), player))
            {
                return false;
            }

            int p = 0;
            while (p < players && (p == player || ++positions[p] == support[p].Length))
            {
                positions[p++] = 0;
            }

            if (p == players)
            {
                return true;
            }
        }
    }
}
