using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using Brink.Games.Equilibria;
using Brink.Games.ExtensiveForm;
using Brink.Games.NormalForm;
using Brink.Games.Numerics;
using Brink.Games.Profiles;
using Brink.Games.Solvers.LinearProgramming;

namespace Brink.Games.Solvers.Lemke;

/// <summary>
/// Gambit's <c>gambit-lcp</c>, exactly: Lemke–Howson on two-player normal forms, and Lemke's algorithm on the
/// sequence form of two-player game trees with perfect recall. Stateless.
/// </summary>
public static class Lcp
{
    /// <summary>The method name reported in results.</summary>
    public const string MethodName = "lcp";

    /// <summary>
    /// The equilibria Lemke–Howson reaches: every label from the artificial equilibrium, then, as Gambit does,
    /// every other label from each new equilibrium found, depth first. Throws
    /// <see cref="SolverNotApplicableException"/> unless the game has two players.
    /// </summary>
    public static SolverResult Solve(NormalFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        if (game.PlayerCount != 2)
        {
            throw new SolverNotApplicableException($"lcp needs a two-player game; this one has {game.PlayerCount} players.");
        }

        var (rowPayoffs, columnPayoffs) = Bimatrix(game);
        var (a, b) = LemkeHowson.PositiveTables(rowPayoffs, columnPayoffs);
        var found = new List<Rational[][]>();
        int pivots = 0;
        string path = "path=floating, bases solved exactly";
        if (!UseFloatingPaths(a) || !FloatingLemkeHowsonSearch.TryExplore(a, b, found, ref pivots))
        {
            // A small game, or a floating path met a ray, ran too long or ended on a basis that is not an exact
            // equilibrium: search on the exact tableaus, which never fail.
            (found, path) = (ExactSearch(a, b, out pivots), "path=exact");
        }

        var profiles = found.Select(p => Profile.FromExact(ProfileKind.Mixed, p)).ToImmutableArray();
        return new SolverResult(MethodName, profiles, true, [string.Create(CultureInfo.InvariantCulture, $"pivots={pivots}"), path]);
    }

    /// <summary>
    /// One equilibrium from Lemke's path on the sequence form, printed as behaviour strategies; an information
    /// set its player's own plan never reaches gets the uniform distribution (Gambit's centroid for undefined
    /// probabilities). On a constant-sum tree whose path is long, the simplex method's optimum instead. Throws <see cref="SolverNotApplicableException"/> for other than two players or
    /// imperfect recall.
    /// </summary>
    public static SolverResult Solve(ExtensiveFormGame game)
    {
        var form = SequenceForm.Create(game);

        // On constant-sum trees every equilibrium is a pair of LP optima, so when Lemke's path runs long (kuhn13:
        // 691 pivots; kuhn40: about 750,000, past Gambit's 60 s) the simplex method's optimum is printed instead,
        // as lp does. Other trees follow the path to its end.
        var (profile, notes) = game.IsConstantSum()
            ? SequenceFormEquilibrium(game, form, Lp.FloatingPivotBudget(form), simplexWhenLong: true)
            : SequenceFormEquilibrium(game, form);
        return new SolverResult(MethodName, [profile], true, notes);
    }

    /// <summary>
    /// The end of Lemke's path on the sequence form: first in floating point, kept when its rounded end point is
    /// exactly an equilibrium (zero regret in rational arithmetic), else by the exact tableau.
    /// </summary>
    internal static (Profile Profile, ImmutableArray<string> Notes) SequenceFormEquilibrium(
        ExtensiveFormGame game, SequenceForm form, int maxFloatingPivots = int.MaxValue, bool simplexWhenLong = false)
    {
        if (FloatingSequenceFormLemke.TrySolve(form, maxFloatingPivots) is var (fastFirst, fastSecond, fastPivots)
            && Checked(game, form, fastFirst, fastSecond) is { } candidate)
        {
            return (candidate, [string.Create(CultureInfo.InvariantCulture, $"pivots={fastPivots}"), "path=floating, checked exactly"]);
        }

        if (simplexWhenLong && SequenceFormSimplex.TrySolve(form) is var (lpFirst, lpSecond, lpPivots)
            && Checked(game, form, lpFirst, lpSecond) is { } optimum)
        {
            return (optimum, [string.Create(CultureInfo.InvariantCulture, $"pivots={lpPivots}"), "path=simplex, checked exactly"]);
        }

        var (first, second, pivots) = SequenceFormLemke.Solve(form);
        return (BehaviourProfile(form, first, second), [string.Create(CultureInfo.InvariantCulture, $"pivots={pivots}"), "path=exact"]);
    }

    private static Profile? Checked(ExtensiveFormGame game, SequenceForm form, Rational[] first, Rational[] second)
    {
        var candidate = BehaviourProfile(form, first, second);
        return BehaviourRegret.MaxRegret(game, candidate).IsZero ? candidate : null;
    }

    /// <summary>
    /// Behaviour probabilities from the two realisation plans: child weight over parent weight. At a set the
    /// player's own play rules out (parent weight zero) the plans say nothing: uniform, or all zeros with
    /// <paramref name="zerosWhereUnreached"/> for a caller that completes such sets itself (enumpoly's tree search).
    /// </summary>
    internal static Profile BehaviourProfile(SequenceForm form, Rational[] first, Rational[] second, bool zerosWhereUnreached = false)
    {
        var segments = new List<Rational[]>();
        for (int player = 0; player < 2; player++)
        {
            var plan = player == 0 ? first : second;
            for (int h = 0; h < form.InformationSetCount(player); h++)
            {
                int count = form.ActionCount(player, h);
                Rational parent = plan[form.ParentSequences[player][h]];
                int firstSequence = form.FirstSequences[player][h];
                segments.Add(parent.IsZero
                    ? [.. Enumerable.Repeat(zerosWhereUnreached ? Rational.Zero : Rational.Create(1, count), count)]
                    : [.. Enumerable.Range(0, count).Select(a => plan[firstSequence + a] / parent)]);
            }
        }

        return Profile.FromExact(ProfileKind.Behaviour, segments);
    }

    internal static (Rational[,] Row, Rational[,] Column) Bimatrix(NormalFormGame game)
    {
        int m = game.StrategyCount(0), n = game.StrategyCount(1);
        var a = new Rational[m, n];
        var b = new Rational[m, n];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                int k = i + (j * m);
                a[i, j] = game.Payoff(k, 0);
                b[i, j] = game.Payoff(k, 1);
            }
        }

        return (a, b);
    }

    /// <summary>
    /// Whether Lemke–Howson pivots in floating point first: on tables under 20×20 the exact tableau's integers stay
    /// small and it is as fast (rand2p-12x12: 0.29 s against 0.38 s CPU for the floating search, start-up included).
    /// </summary>
    internal static bool UseFloatingPaths(BigInteger[,] a) => a.GetLength(0) * a.GetLength(1) >= 400;

    /// <summary>Gambit's search on the exact tableaus of positive integer tables: the equilibria in the order found.</summary>
    internal static List<Rational[][]> ExactSearch(BigInteger[,] a, BigInteger[,] b, out int pivots)
    {
        var found = new List<Rational[][]>();
        pivots = 0;
        Explore(LemkeHowson.AtArtificialEquilibrium(a, b), -1, found, ref pivots);
        return found;
    }

    // Gambit's recursive search: from each newly found equilibrium follow every label but the one that led to it.
    private static void Explore(LemkeHowson vertex, int arrivedBy, List<Rational[][]> found, ref int pivots)
    {
        for (int label = 0; label < vertex.LabelCount; label++)
        {
            if (label == arrivedBy)
            {
                continue;
            }

            var next = vertex.Clone();
            int before = next.Pivots;
            next.FollowPath(label);
            pivots += next.Pivots - before;
            var profile = next.Profile();
            if (profile is null || found.Exists(f => SameProfile(f, profile)))
            {
                continue;
            }

            found.Add(profile);
            Explore(next, label, found, ref pivots);
        }
    }

    internal static bool SameProfile(Rational[][] a, Rational[][] b) =>
        a[0].AsSpan().SequenceEqual(b[0]) && a[1].AsSpan().SequenceEqual(b[1]);
}
