using System.Globalization;
using Brink.Games.ExtensiveForm;
using Brink.Games.NormalForm;
using Brink.Games.Profiles;
using Brink.Games.Solvers.Polynomial;
using Brink.Games.Solvers.SimplicialSubdivision;

namespace Brink.Games.Solvers.Lyapunov;

/// <summary>
/// Gambit's <c>gambit-liap</c>: Nash equilibria as zeros of the Lyapunov function (<see cref="LyapunovFunction"/>),
/// found by local minimisation from a start, the centroid unless one is given (Gambit 17 also tries random starts;
/// Brink takes only the given or central one, so runs are reproducible). A local minimum above zero is not an
/// equilibrium; then, like Gambit, the result is empty. Near a zero the point is polished by Newton's method on
/// its support (<see cref="SupportNewton"/>). Answers are floating profiles checked within a tolerance. A tree is
/// solved on its reduced normal form, and the answer is a mixed profile over reduced strategies, which is what
/// <c>gambit-liap</c> 17 prints for a tree. Stateless.
/// </summary>
public static class Liap
{
    /// <summary>The method name reported in results.</summary>
    public const string MethodName = "liap";

    /// <summary>An answer is returned only if its largest regret is below this times (1 + largest absolute payoff).</summary>
    public const double RegretTolerance = 1e-7;

    private const int MaxIterations = 20_000;

    /// <summary>
    /// At most one equilibrium, from <paramref name="start"/> (one probability per strategy of every player) or from
    /// the centroid. A start of the wrong length or not a probability vector per player throws
    /// <see cref="SolverNotApplicableException"/>.
    /// </summary>
    public static SolverResult Solve(NormalFormGame game, IReadOnlyList<double>? start = null)
    {
        ArgumentNullException.ThrowIfNull(game);
        var counts = game.StrategyCounts;
        var point = start is null ? [.. counts.Select(n => Enumerable.Repeat(1.0 / n, n).ToArray())] : Simpdiv.Split(start, counts);
        var (answer, note) = Minimise(game, point);
        return new SolverResult(MethodName, answer is null ? [] : [Profile.FromDoubles(ProfileKind.Mixed, answer)], false, [note]);
    }

    /// <summary>
    /// The same on a tree's reduced normal form, as <c>gambit-liap</c> 17 does: the start and the answer are mixed
    /// profiles over the reduced strategies (Gambit's print order for trees).
    /// </summary>
    public static SolverResult Solve(ExtensiveFormGame game, IReadOnlyList<double>? start = null)
    {
        ArgumentNullException.ThrowIfNull(game);
        return Solve(ReducedNormalForm.Tabulate(game), start);
    }

    private static (double[][]? Answer, string Note) Minimise(NormalFormGame game, double[][] start)
    {
        var table = new PayoffTable(game);
        double tolerance = RegretTolerance * table.Scale;
        var (point, regret, iterations) = LyapunovDescent.Minimise(new LyapunovFunction(game), start, tolerance * 1e-3, MaxIterations);
        string newton = "";
        if (regret > tolerance * 1e-3 && regret < 1e-2 * table.Scale && SupportNewton.Refine(table, point, tolerance) is { } refined)
        {
            (point, regret, newton) = (refined, table.MaxRegret(refined), " then Newton on the support");
        }

        string note = string.Create(CultureInfo.InvariantCulture, $"{iterations} descent steps{newton}, regret {regret:g3}");
        return regret <= tolerance ? (point, note) : (null, note + " (a local minimum, not an equilibrium)");
    }
}
