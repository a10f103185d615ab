using System.Collections.Immutable;
using System.Globalization;
using Brink.Games.ExtensiveForm;
using Brink.Games.NormalForm;
using Brink.Games.Solvers.Logit;

namespace Brink.Games.Solvers;

/// <summary>
/// Gambit's <c>gambit-logit</c>: the logit quantal-response equilibrium correspondence (McKelvey and Palfrey),
/// followed from λ = 0 along its principal branch by predictor–corrector continuation (Turocy). Like
/// <c>gambit-logit -e</c>, <see cref="Solve(NormalFormGame)"/> reports the branch's end: the first point whose
/// largest regret is at most 1e-8 of the game's payoff range, an approximation of the limiting logit
/// equilibrium. <see cref="AtLambda(NormalFormGame, double)"/> gives the QRE at one precision. Normal forms use
/// mixed strategies; trees the agent form (one agent per information set). Stateless.
/// </summary>
public static class LogitSolver
{
    /// <summary>The method name reported in results.</summary>
    public const string MethodName = "logit";

    /// <summary>Regret at the end of the branch, relative to the payoff range (Gambit's default).</summary>
    public const double MaxRegret = 1e-8;

    /// <summary>The branch's end point as a mixed profile.</summary>
    public static SolverResult Solve(NormalFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        var values = new NormalFormValues(game);
        var path = new LogitPath(values);
        var sigma = path.ToEquilibrium(MaxRegret);
        return Result(ProfileKind.Mixed, values.ActionCounts, sigma, path);
    }

    /// <summary>The branch's end point of the agent form as a behaviour profile.</summary>
    public static SolverResult Solve(ExtensiveFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        var values = new TreeValues(AgentTree.FromGame(game));

        // Trees' agent forms are degenerate enough (many near-zero determinants at large λ) that branch
        // switching misfires; their principal branches are followed straight through.
        var path = new LogitPath(values, switchBranches: false);
        var sigma = path.ToEquilibrium(MaxRegret);
        return Result(ProfileKind.Behaviour, values.ActionCounts, sigma, path);
    }

    /// <summary>The QRE on the principal branch at precision <paramref name="lambda"/>, one segment per player.</summary>
    public static Profile AtLambda(NormalFormGame game, double lambda)
    {
        ArgumentNullException.ThrowIfNull(game);
        var values = new NormalFormValues(game);
        return Segments(ProfileKind.Mixed, values.ActionCounts, new LogitPath(values).AtLambda(Check(lambda)));
    }

    /// <summary>The agent QRE on the principal branch at precision <paramref name="lambda"/>, one segment per information set.</summary>
    public static Profile AtLambda(ExtensiveFormGame game, double lambda)
    {
        ArgumentNullException.ThrowIfNull(game);
        var values = new TreeValues(AgentTree.FromGame(game));
        return Segments(ProfileKind.Behaviour, values.ActionCounts, new LogitPath(values, switchBranches: false).AtLambda(Check(lambda)));
    }

    private static double Check(double lambda) =>
        double.IsFinite(lambda) && lambda >= 0 ? lambda : throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "λ must be finite and non-negative.");

    private static SolverResult Result(ProfileKind kind, int[] counts, double[] sigma, LogitPath path) =>
        new(MethodName, [Segments(kind, counts, sigma)], false,
            [string.Create(CultureInfo.InvariantCulture, $"lambda={path.Lambda:G6}"), string.Create(CultureInfo.InvariantCulture, $"steps={path.Steps}")]);

    private static Profile Segments(ProfileKind kind, int[] counts, double[] sigma)
    {
        var segments = new List<IEnumerable<double>>();
        int at = 0;
        foreach (int count in counts)
        {
            segments.Add(sigma.AsSpan(at, count).ToArray());
            at += count;
        }

        return Profile.FromDoubles(kind, segments);
    }
}
