using System.Globalization;
using Brink.Games.ExtensiveForm;
using Brink.Games.NormalForm;
using Brink.Games.Profiles;

namespace Brink.Games.Solvers.QuantalResponse;

/// <summary>
/// Gambit's <c>gambit-logit</c>: the logit quantal response equilibrium correspondence (McKelvey and Palfrey
/// 1995), followed from the uniform profile at λ = 0 along its principal branch by predictor–corrector path
/// following in log-probabilities (Turocy 2005). Normal forms give mixed strategies; game trees give behaviour
/// strategies of the agent form. Stateless.
/// </summary>
public static class Logit
{
    /// <summary>The method name reported in results.</summary>
    public const string MethodName = "logit";

    /// <summary>
    /// Tracing ends at the first point whose largest regret is below this times the game's payoff range, as in
    /// <c>gambit-logit -e</c>.
    /// </summary>
    public const double RegretTolerance = 1e-8;

    /// <summary>
    /// The end of the principal branch: the first traced point whose regret (per player) falls below
    /// <see cref="RegretTolerance"/> times the payoff range, printed as Gambit's <c>-e</c> does.
    /// </summary>
    public static SolverResult Solve(NormalFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        return Solve(new LogitNormalFormSystem(game), ProfileKind.Mixed);
    }

    /// <summary>
    /// The end of the principal branch of the agent logit QRE: behaviour strategies, one distribution per
    /// information set (players in order, sets in order of first appearance). The regret is measured per
    /// information set, conditional on reaching it; sets reached with probability 0 in floating point are skipped.
    /// Throws <see cref="SolverNotApplicableException"/> for imperfect recall, which Gambit refuses too.
    /// </summary>
    public static SolverResult Solve(ExtensiveFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        if (!game.HasPerfectRecall)
        {
            throw new SolverNotApplicableException("logit needs a game with perfect recall; this one has imperfect recall.");
        }

        return Solve(new LogitAgentFormSystem(game), ProfileKind.Behaviour);
    }

    /// <summary>
    /// The logit QRE at precision <paramref name="lambda"/> on the principal branch (its first crossing of
    /// <paramref name="lambda"/>). A <paramref name="warmStart"/> near the answer (say, the QRE at a nearby λ on the
    /// same branch) is refined by Newton's method directly; if that fails the branch is traced from λ = 0.
    /// </summary>
    public static Profile AtLambda(NormalFormGame game, double lambda, Profile? warmStart = null)
    {
        ArgumentNullException.ThrowIfNull(game);
        return AtLambda(new LogitNormalFormSystem(game), ProfileKind.Mixed, lambda, warmStart);
    }

    /// <summary>
    /// The agent logit QRE of a game tree at precision <paramref name="lambda"/> on the principal branch, as
    /// behaviour strategies. See <see cref="AtLambda(NormalFormGame, double, Profile?)"/> for the warm start.
    /// </summary>
    public static Profile AtLambda(ExtensiveFormGame game, double lambda, Profile? warmStart = null)
    {
        ArgumentNullException.ThrowIfNull(game);
        return AtLambda(new LogitAgentFormSystem(game), ProfileKind.Behaviour, lambda, warmStart);
    }

    private static SolverResult Solve(LogitSystem system, ProfileKind kind)
    {
        int n = system.VariableCount;
        double tolerance = RegretTolerance * system.RegretScale;
        var trace = LogitPathTracer.Trace(
            system,
            system.StartPoint(),
            LogitTracerSettings.Default,
            point => point[n] < 0 || system.MaxRegret(point.AsSpan(0, n)) < tolerance);
        var end = trace.Point;
        bool polished = LogitNewton.Solve(system, end);
        string notes = string.Create(
            CultureInfo.InvariantCulture,
            $"lambda={end[n]:G6} steps={trace.Steps} rejected={trace.Rejections} polished={polished} {trace.Status}");
        return new SolverResult(MethodName, [system.ToProfile(end.AsSpan(0, n), kind)], false, [notes]);
    }

    private static Profile AtLambda(LogitSystem system, ProfileKind kind, double lambda, Profile? warmStart)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lambda);
        if (!double.IsFinite(lambda))
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "λ must be finite.");
        }

        int n = system.VariableCount;
        if (warmStart is not null && FromProfile(system, warmStart, lambda) is { } warm && LogitNewton.Solve(system, warm))
        {
            return system.ToProfile(warm.AsSpan(0, n), kind);
        }

        var start = system.StartPoint();
        if (lambda == 0 || n == 0)
        {
            return system.ToProfile(start.AsSpan(0, n), kind);
        }

        return system.ToProfile(TraceTo(system, start, lambda).AsSpan(0, n), kind);
    }

    // Quick settings first; near a branch point the careful ones; past a branch point the careful settings cannot
    // cross, a tiny generic payoff tilt that splits the branches, then Newton back onto the untilted equations.
    private static double[] TraceTo(LogitSystem system, double[] start, double lambda)
    {
        int n = system.VariableCount;
        bool Reached(double[] point) => point[n] >= lambda;
        var trace = LogitPathTracer.Trace(system, start, LogitTracerSettings.Quick, Reached);
        if (trace.Bifurcations > 0 || !trace.Completed)
        {
            trace = LogitPathTracer.Trace(system, start, LogitTracerSettings.Default, Reached);
        }

        if (!trace.Completed)
        {
            system.Tilt = system.GenericTilt();
            var tilted = LogitPathTracer.Trace(system, start, LogitTracerSettings.Default, Reached);
            var tiltedLanding = Interpolate(tilted, lambda);
            LogitNewton.Solve(system, tiltedLanding);
            system.Tilt = null;
            if (tilted.Completed)
            {
                LogitNewton.Solve(system, tiltedLanding);
                return tiltedLanding;
            }
        }

        var landing = Interpolate(trace, lambda);
        LogitNewton.Solve(system, landing);
        return landing;
    }

    // The straight line between the last two points, cut at λ: close enough to the branch for Newton.
    private static double[] Interpolate(LogitTrace trace, double lambda)
    {
        var point = (double[])trace.Point.Clone();
        int n = point.Length - 1;
        if (trace.Previous is { } previous && previous[n] <= lambda && lambda <= point[n] && point[n] > previous[n])
        {
            double share = (lambda - previous[n]) / (point[n] - previous[n]);
            for (int k = 0; k < n; k++)
            {
                point[k] = previous[k] + (share * (point[k] - previous[k]));
            }
        }

        point[n] = lambda;
        return point;
    }

    private static double[]? FromProfile(LogitSystem system, Profile profile, double lambda)
    {
        var values = profile.Flattened.ToArray();
        if (values.Length != system.VariableCount)
        {
            throw new ArgumentException(
                $"The warm start has {values.Length} probabilities; the game needs {system.VariableCount}.", nameof(profile));
        }

        var point = new double[values.Length + 1];
        for (int k = 0; k < values.Length; k++)
        {
            if (!(values[k] > 0))
            {
                return null;
            }

            point[k] = Math.Log(values[k]);
        }

        point[^1] = lambda;
        return point;
    }
}
