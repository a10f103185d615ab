using System.Globalization;
using Brink.Games.ExtensiveForm;
using Brink.Games.NormalForm;
using Brink.Games.Profiles;

namespace Brink.Games.Solvers.Homotopy;

/// <summary>
/// Gambit's <c>gambit-gnm</c>: Govindan and Wilson's global Newton method ("A global Newton method to compute Nash
/// equilibria", J. Econ. Theory 110, 2003), which Gambit runs through Blum, Shelton and Koller's GameTracer. For a
/// perturbation b (one bonus per pure strategy of every player) it follows the one path of equilibria of the games
/// G + λb from λ large, where each player's highest-b strategy is the unique equilibrium, down past λ = 0, and
/// reports σ at every crossing of λ = 0, in the order crossed, without removing repeats (Gambit prints a repeat
/// when a degenerate game's path touches an equilibrium twice). As Gambit does, payoffs are rescaled to [0, 1], b
/// to unit length, and the path ends when λ falls below −10 (<see cref="GnmPath"/>). Each perturbation is a separate
/// run; the answers of all runs are returned in turn. Answers are floating profiles solved on their support to
/// 1e-12, and are checked apart by the verifier. A tree is solved on its reduced normal form, as Gambit does.
/// Stateless.
/// </summary>
public static class Gnm
{
    /// <summary>The method name reported in results.</summary>
    public const string MethodName = "gnm";

    // GameTracer's threshold (Gambit's gnm passes 1e-2): how clearly the start must be each player's best.
    private const double SeparationThreshold = 1e-2;

    // The golden ratio's fractional part: the default perturbation's Weyl sequence steps by it.
    private const double GoldenStep = 0.6180339887498949;

    /// <summary>
    /// Every equilibrium the path of each perturbation crosses. Each vector has one entry per strategy of every player
    /// in order, not all zero; null runs once from <see cref="DefaultPerturbation"/>. A vector of the wrong length
    /// or all zeros throws <see cref="SolverNotApplicableException"/>.
    /// </summary>
    public static SolverResult Solve(NormalFormGame game, IReadOnlyList<IReadOnlyList<double>>? perturbations = null)
    {
        ArgumentNullException.ThrowIfNull(game);
        var table = new GnmPayoffs(game);
        var runs = perturbations ?? [DefaultPerturbation(table.Total)];
        var profiles = new List<Profile>();
        var notes = new List<string>();
        for (int run = 0; run < runs.Count; run++)
        {
            var path = new GnmPath(table, Prepared(runs[run], table, game.StrategyCounts, run));
            var found = path.Follow();
            profiles.AddRange(found.Select(sigma => ToProfile(sigma, table)));
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"perturbation {run + 1}: {found.Count} crossings of λ = 0 in {path.Cells} cells, {path.Steps} steps; ended at λ = {path.FinalLambda:g4}: {path.Ending}"));
        }

        return new SolverResult(MethodName, [.. profiles], false, [.. notes]);
    }

    /// <summary>
    /// The same on a tree's reduced normal form, as <c>gambit-gnm</c> 17 does: perturbations and answers are over the
    /// reduced strategies, in Gambit's order.
    /// </summary>
    public static SolverResult Solve(ExtensiveFormGame game, IReadOnlyList<IReadOnlyList<double>>? perturbations = null)
    {
        ArgumentNullException.ThrowIfNull(game);
        return Solve(ReducedNormalForm.Tabulate(game), perturbations);
    }

    /// <summary>
    /// The perturbation used when none is given, so that runs are reproducible (Gambit draws one at random): entry k
    /// (strategies numbered from 0 across all players in order) is the fractional part of (k + 1)·φ, φ = (√5 − 1)/2,
    /// a Weyl sequence whose entries are distinct and irregularly spaced, which is what makes a perturbation generic.
    /// </summary>
    public static IReadOnlyList<double> DefaultPerturbation(int strategies) =>
        [.. Enumerable.Range(1, strategies).Select(k => (k * GoldenStep) % 1.0)];

    // The ray GameTracer actually follows: b scaled to unit length; then each player's entries within
    // SeparationThreshold of that player's largest are lowered by it, so the start is a strict best reply by a clear
    // margin. The lowering changes the path, so it is reproduced; a tie for a player's largest is refused, as Gambit
    // refuses it (the start would not be unique).
    private static double[] Prepared(IReadOnlyList<double> vector, GnmPayoffs table, IReadOnlyList<int> strategyCounts, int run)
    {
        double norm = Math.Sqrt(vector.Sum(v => v * v));
        if (!(norm > 0) || double.IsInfinity(norm))
        {
            throw new SolverNotApplicableException($"perturbation {run + 1} must have a non-zero entry and no infinite one");
        }

        // Checked after scaling, as the path sees it: scaling cannot break a tie, but rounding could make one.
        var ray = vector.Select(v => v / norm).ToArray();
        PerturbationVector.Check(ray, strategyCounts, run + 1);
        for (int n = 0; n < table.Players; n++)
        {
            int first = table.Offsets[n], end = table.Offsets[n + 1];
            double largest = ray[first..end].Max();
            for (int s = first; s < end; s++)
            {
                ray[s] -= ray[s] != largest && largest - ray[s] < SeparationThreshold ? SeparationThreshold : 0;
            }
        }

        return ray;
    }

    private static Profile ToProfile(double[] sigma, GnmPayoffs table) =>
        Profile.FromDoubles(ProfileKind.Mixed, Enumerable.Range(0, table.Players)
            .Select(n => sigma[table.Offsets[n]..table.Offsets[n + 1]])) with { IsApproximation = true };
}
