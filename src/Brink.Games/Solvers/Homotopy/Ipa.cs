using System.Collections.Immutable;
using System.Globalization;
using Brink.Games.ExtensiveForm;
using Brink.Games.NormalForm;
using Brink.Games.Numerics;
using Brink.Games.Profiles;
using Brink.Games.Solvers.Polynomial;

namespace Brink.Games.Solvers.Homotopy;

/// <summary>
/// Gambit's <c>gambit-ipa</c>: Govindan and Wilson's iterated polymatrix approximation (J. Economic Dynamics &amp;
/// Control 28, 2004), as GameTracer implements it (<see cref="PolymatrixIteration"/>): the game is approximated at
/// the current profile by a polymatrix game, that game is solved by Lemke's path from the perturbation ray, and the
/// profile moves a fraction of the way toward the answer until the approximation is taken at its own equilibrium.
/// Each perturbation vector (one entry per strategy of every player in order, the reduced strategies for a tree)
/// is one run and gives at most one equilibrium, as each line of Gambit's <c>-s</c> file does. Without one, the run
/// starts from <see cref="DefaultPerturbation"/>. An answer whose regret is above <see cref="RegretTolerance"/> is
/// polished by Newton's method on its support; every answer is a floating profile checked by the verifier. A run
/// that does not converge in Gambit's 100 × 100 steps gives nothing (Gambit exits with an error). Stateless.
/// </summary>
public static class Ipa
{
    /// <summary>The method name reported in results.</summary>
    public const string MethodName = "ipa";

    /// <summary>Answers with a larger regret than this times (1 + largest absolute payoff) are refined on their support.</summary>
    public const double RegretTolerance = 1e-9;

    /// <summary>
    /// A run's answer is returned only if its largest regret is within this times (1 + largest absolute payoff), the
    /// verifier's default; a run that ends elsewhere (cycling on a degenerate game, say) returns nothing.
    /// </summary>
    public const double AcceptTolerance = 1e-6;

    /// <summary>The seed of <see cref="DefaultPerturbation"/>.</summary>
    public const ulong DefaultSeed = 2004;

    /// <summary>
    /// One equilibrium per perturbation vector in <paramref name="perturbations"/> (or one from
    /// <see cref="DefaultPerturbation"/> when null), in order. A vector of the wrong length, or one in which some
    /// player's largest entry is not unique (the starting best reply must be), throws
    /// <see cref="SolverNotApplicableException"/>.
    /// </summary>
    public static SolverResult Solve(NormalFormGame game, IReadOnlyList<IReadOnlyList<double>>? perturbations = null)
    {
        ArgumentNullException.ThrowIfNull(game);
        var minimum = game.AllPayoffs.ToArray().DefaultIfEmpty(Rational.Zero).Min();
        return Solve(game, perturbations, minimum);
    }

    /// <summary>
    /// The same on a tree's reduced normal form, as <c>gambit-ipa</c> does: perturbations and answers are over the
    /// reduced strategies (Gambit's print order for trees).
    /// </summary>
    public static SolverResult Solve(ExtensiveFormGame game, IReadOnlyList<IReadOnlyList<double>>? perturbations = null)
    {
        ArgumentNullException.ThrowIfNull(game);

        // Gambit shifts by the least payoff of any outcome of the tree, not of the reduced form's expectations.
        var minimum = game.Outcomes.SelectMany(o => o.Payoffs).DefaultIfEmpty(Rational.Zero).Min();
        return Solve(ReducedNormalForm.Tabulate(game), perturbations, minimum);
    }

    /// <summary>
    /// The perturbation used when none is given: each entry a draw from [0, 1) of SplitMix64 seeded with
    /// <see cref="DefaultSeed"/> (Gambit draws one at random; Brink fixes it so runs are reproducible).
    /// </summary>
    public static ImmutableArray<double> DefaultPerturbation(int strategies)
    {
        var values = ImmutableArray.CreateBuilder<double>(strategies);
        ulong state = DefaultSeed;
        for (int i = 0; i < strategies; i++)
        {
            // SplitMix64 (Steele, Lea and Flood 2014): 53 high bits of the mixed state as a fraction. Its
            // arithmetic is modulo 2⁶⁴ by definition, hence unchecked under the project's overflow checking.
            unchecked
            {
                state += 0x9E3779B97F4A7C15UL;
                ulong mixed = (state ^ (state >> 30)) * 0xBF58476D1CE4E5B9UL;
                mixed = (mixed ^ (mixed >> 27)) * 0x94D049BB133111EBUL;
                mixed ^= mixed >> 31;
                values.Add((mixed >> 11) * (1.0 / (1UL << 53)));
            }
        }

        return values.MoveToImmutable();
    }

    private static SolverResult Solve(NormalFormGame game, IReadOnlyList<IReadOnlyList<double>>? perturbations, Rational minimum)
    {
        int strategies = game.StrategyCounts.Sum();
        var runs = perturbations ?? [DefaultPerturbation(strategies)];
        var table = new PayoffTable(game);
        var approximation = new PolymatrixApproximation(game, minimum);
        var profiles = ImmutableArray.CreateBuilder<Profile>();
        var notes = ImmutableArray.CreateBuilder<string>();
        for (int run = 0; run < runs.Count; run++)
        {
            var perturbation = runs[run];
            PerturbationVector.Check(perturbation, game.StrategyCounts, run + 1);
            var (answer, note) = Run(game, table, approximation, [.. perturbation]);
            notes.Add(note);
            if (answer is not null)
            {
                profiles.Add(Profile.FromDoubles(ProfileKind.Mixed, answer) with { IsApproximation = true });
            }
        }

        return new SolverResult(MethodName, profiles.ToImmutable(), false, notes.ToImmutable());
    }

    private static (double[][]? Answer, string Note) Run(NormalFormGame game, PayoffTable table, PolymatrixApproximation approximation, double[] perturbation)
    {
        if (game.PlayerCount == 1)
        {
            // No opponents, so no polymatrix terms: the answer is the first best strategy.
            var values = table.PureValues([[.. Enumerable.Repeat(1.0, game.StrategyCount(0))]])[0];
            int best = Array.IndexOf(values, values.Max());
            return ([[.. Enumerable.Range(0, values.Length).Select(j => j == best ? 1.0 : 0.0)]], "one player: a best strategy");
        }

        var iteration = new PolymatrixIteration(approximation, perturbation);
        var flat = iteration.Run();
        string steps = string.Create(CultureInfo.InvariantCulture,
            $"{iteration.Steps} polymatrix steps, {iteration.LemkeSolves} by Lemke's path ({iteration.Pivots} pivots)");
        if (flat is null)
        {
            return (null, steps + ", no convergence");
        }

        // The fraction-free tableau is rescaled in doubles, so on fractional payoffs a probability can drift
        // (a pure strategy at 0.99975); each mixture is put back on its simplex before it is judged.
        if (Split(flat, game.StrategyCounts) is not { } point)
        {
            return (null, steps + ", a player's mixture vanished");
        }

        double regret = table.MaxRegret(point);
        string newton = "";
        double tolerance = RegretTolerance * table.Scale;
        if (regret > tolerance && SupportNewton.Refine(table, point, tolerance) is { } refined)
        {
            (point, regret, newton) = (refined, table.MaxRegret(refined), " then Newton on the support");
        }

        string note = string.Create(CultureInfo.InvariantCulture, $"{steps}{newton}, regret {regret:g3}");
        return regret <= AcceptTolerance * table.Scale ? (point, note) : (null, note + " (not an equilibrium; nothing returned)");
    }

    // Per player, negative rounding cut to 0 and the rest scaled to sum to 1; null if a mixture has no mass.
    private static double[][]? Split(double[] flat, ImmutableArray<int> counts)
    {
        var result = new double[counts.Length][];
        int offset = 0;
        for (int p = 0; p < counts.Length; p++)
        {
            var mixture = flat[offset..(offset + counts[p])].Select(v => Math.Max(v, 0)).ToArray();
            double total = mixture.Sum();
            if (!(total > 0) || !double.IsFinite(total))
            {
                return null;
            }

            result[p] = [.. mixture.Select(v => v / total)];
            offset += counts[p];
        }

        return result;
    }
}
