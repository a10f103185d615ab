using System.Collections.Immutable;
using Brink.Games.ExtensiveForm;
using Brink.Games.Formats;
using Brink.Games.NormalForm;
using Brink.Games.Numerics;
using Brink.Games.Profiles;

namespace Brink.Games.Verification;

/// <summary>
/// Checks that a solver's profile is a Nash equilibrium with evaluators written apart from the solvers: on a
/// tree, payoffs by walking it (every outcome on a play's path, chance probabilities) and each player's best
/// reply by backward induction over its information sets; on a table, the best pure deviation per player.
/// Exact profiles are checked in rational arithmetic and must have zero regret; floating ones (logit) and
/// rational approximations (simpdiv's grid points, <see cref="Profile.IsApproximation"/>) in doubles, within a
/// tolerance scaled by the payoffs.
/// </summary>
public static class EquilibriumVerifier
{
    /// <summary>
    /// Regret accepted from a floating profile, per unit of the game's payoff scale (1 + largest absolute
    /// payoff). Logit stops once its own regret estimate is below 1e-8 of the payoff range and then polishes the
    /// point by Newton's method, so 1e-6 leaves room for rounding and nothing more.
    /// </summary>
    public const double DefaultTolerance = 1e-6;

    /// <summary>Checks every profile of <paramref name="result"/>, in order.</summary>
    public static ImmutableArray<EquilibriumVerdict> VerifyAll(LoadedGame game, SolverResult result, double tolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Equilibria.Select(profile => game.ExtensiveForm is { } tree
            ? Verify(tree, profile, tolerance)
            : Verify(game.NormalForm!, profile, tolerance))];
    }

    /// <summary>Checks a mixed profile (one mixture per player) of a normal form.</summary>
    public static EquilibriumVerdict Verify(NormalFormGame game, Profile profile, double tolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Kind != ProfileKind.Mixed)
        {
            return Malformed("a normal form takes a mixed profile, not a behaviour profile");
        }

        double scale = 1 + game.AllPayoffsAsDouble.ToArray().Select(Math.Abs).DefaultIfEmpty(0).Max();
        return profile.IsExact && !profile.IsApproximation
            ? Judge(TableEvaluator<Rational, ExactArithmetic>.Evaluate(game, Segments(profile.Exact)))
            : Judge(TableEvaluator<double, FloatingArithmetic>.Evaluate(game, Segments(profile.Values)), tolerance * scale);
    }

    /// <summary>
    /// Checks a behaviour profile (one segment per information set) of a tree. Throws
    /// <see cref="NotSupportedException"/> when the tree lacks perfect recall (no solver answers for one).
    /// </summary>
    public static EquilibriumVerdict Verify(ExtensiveFormGame game, Profile profile, double tolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(profile);
        if (PerfectRecall.FindViolation(game) is { } violation)
        {
            throw new NotSupportedException($"Behaviour profiles are checked only on trees with perfect recall: {violation}");
        }

        double scale = 1 + game.TerminalPayoffsAsDouble.SelectMany(v => v).Select(Math.Abs).DefaultIfEmpty(0).Max();
        return profile.IsExact && !profile.IsApproximation
            ? Judge(OnTree<Rational, ExactArithmetic>(game, profile.Kind, Segments(profile.Exact)))
            : Judge(OnTree<double, FloatingArithmetic>(game, profile.Kind, Segments(profile.Values)), tolerance * scale);
    }

    // A mixed profile on a tree is over the reduced strategies (Gambit's columns); it is checked through its
    // outcome-equivalent behaviour profile.
    private static Evaluation<T> OnTree<T, TArithmetic>(ExtensiveFormGame game, ProfileKind kind, IReadOnlyList<IReadOnlyList<T>> segments)
        where TArithmetic : IArithmetic<T>
    {
        if (kind == ProfileKind.Behaviour)
        {
            return TreeEvaluator<T, TArithmetic>.Evaluate(game, segments);
        }

        var strategies = ReducedNormalForm.Create(game).Strategies;
        return Mixtures<T, TArithmetic>.Problem([.. strategies.Select(s => s.Length)], segments) is { } problem
            ? Evaluation<T>.Malformed(problem)
            : TreeEvaluator<T, TArithmetic>.Evaluate(game, ReducedMixture<T, TArithmetic>.ToBehaviour(game, strategies, segments));
    }

    private static IReadOnlyList<IReadOnlyList<T>> Segments<T>(ImmutableArray<ImmutableArray<T>> segments) =>
        [.. segments.Select(s => (IReadOnlyList<T>)s)];

    private static EquilibriumVerdict Malformed(string problem) => new(false, 0, double.PositiveInfinity, null, 0, [], problem);

    private static EquilibriumVerdict Judge(Evaluation<Rational> evaluation)
    {
        if (evaluation.Problem is { } problem)
        {
            return Malformed(problem);
        }

        var regrets = evaluation.BestReplies.Zip(evaluation.Values, (best, value) => best - value).ToArray();
        int worst = Worst(regrets);
        return new EquilibriumVerdict(
            regrets.All(r => r.IsZero), worst + 1, regrets[worst].ToDouble(), regrets[worst], 0, [.. regrets.Select(r => r.ToDouble())], null);
    }

    private static EquilibriumVerdict Judge(Evaluation<double> evaluation, double tolerance)
    {
        if (evaluation.Problem is { } problem)
        {
            return Malformed(problem);
        }

        var regrets = evaluation.BestReplies.Zip(evaluation.Values, (best, value) => best - value).ToArray();
        int worst = Worst(regrets);
        return new EquilibriumVerdict(regrets.All(r => r <= tolerance), worst + 1, regrets[worst], null, tolerance, [.. regrets], null);
    }

    private static int Worst<T>(T[] regrets)
        where T : IComparable<T>
    {
        int worst = 0;
        for (int p = 1; p < regrets.Length; p++)
        {
            worst = regrets[p].CompareTo(regrets[worst]) > 0 ? p : worst;
        }

        return worst;
    }
}
