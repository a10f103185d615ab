using System.Collections.Immutable;
using System.Globalization;
using Brink.Games.ExtensiveForm;
using Brink.Games.NormalForm;
using Brink.Games.Numerics;
using Brink.Games.Profiles;
using Brink.Games.Solvers.Polynomial;

namespace Brink.Games.Solvers.SimplicialSubdivision;

/// <summary>
/// Gambit's <c>gambit-simpdiv</c>: an approximate Nash equilibrium of a normal form with any number of players by
/// simplicial subdivision, van der Laan and Talman's variable-dimension algorithm on the product of the players'
/// simplices (<see cref="SimplicialPath"/>), restarted from its own answer on a grid twice as fine until the
/// largest regret is below <see cref="RegretTolerance"/> times the payoff scale; a restart leaves out the strategies
/// the answer shows to be clearly worse, so the next pass starts on the boundary it should end on and ends near its
/// start (<see cref="SimplicialPath"/>). It starts at the centroid unless
/// given a start. The answer is a grid point, printed as exact rationals like Gambit's, but it is an
/// approximation (<see cref="Profile.IsApproximation"/>) and is checked as a floating profile. A tree is solved
/// through its reduced normal form, as Gambit does. Stateless.
/// </summary>
public static class Simpdiv
{
    /// <summary>The method name reported in results.</summary>
    public const string MethodName = "simpdiv";

    /// <summary>Restarts stop once the largest regret is below this times (1 + largest absolute payoff).</summary>
    public const double RegretTolerance = 1e-7;

    private const long FirstMesh = 2;
    private const long LastMesh = 1L << 30;
    private const long MaxStepsPerPass = 200_000;

    // A restart drops the strategies whose gain is below −InferiorGain × the largest regret (DropInferior).
    private const double InferiorGain = 10;

    /// <summary>
    /// One approximate equilibrium from <paramref name="start"/> (one probability per strategy of every player, in
    /// order, each player's summing to 1), or from the centroid when it is null. A start of the wrong length or not
    /// a probability vector per player throws <see cref="SolverNotApplicableException"/>.
    /// </summary>
    public static SolverResult Solve(NormalFormGame game, IReadOnlyList<double>? start = null)
    {
        ArgumentNullException.ThrowIfNull(game);
        var counts = game.StrategyCounts;
        var table = new PayoffTable(game);
        var (numerators, denominator) = start is null ? Centroid(counts) : Snap(Split(start, counts), 1_000_000);
        long mesh = FirstMesh, steps = 0;
        int passes = 0;
        string newton = "";
        (long[][] Numerators, long Denominator, long Mesh, double Regret)? best = null;
        while (true)
        {
            var path = new SimplicialPath(table, numerators, denominator, mesh, RegretTolerance * table.Scale);
            var answer = path.Follow(MaxStepsPerPass);
            steps += path.Steps;
            passes++;
            if (answer is not null)
            {
                long answerDenominator = checked(denominator * mesh);
                double regret = table.MaxRegret(ToDoubles(answer, answerDenominator));
                best = best is { } previous && previous.Regret <= regret ? previous : (answer, answerDenominator, mesh, regret);
            }

            // A pass too long to finish (a restart point on the boundary can make the path crawl) ends the
            // refinement at the best point found so far; the caller's verification judges it.
            if (best is not { } found)
            {
                throw new SolverNotApplicableException($"simpdiv's first pass did not end within {MaxStepsPerPass} simplices");
            }

            if (answer is null || found.Regret <= RegretTolerance * table.Scale || mesh >= LastMesh)
            {
                var profile = Profile.FromExact(ProfileKind.Mixed, found.Numerators.Select(row => row.Select(v => Rational.Create(v, found.Denominator))))
                    with { IsApproximation = true };
                if (found.Regret > RegretTolerance * table.Scale
                    && SupportNewton.Refine(table, ToDoubles(found.Numerators, found.Denominator), RegretTolerance * table.Scale) is { } refined)
                {
                    profile = Profile.FromExact(ProfileKind.Mixed, refined.Select(row => row.Select(Nearby))) with { IsApproximation = true };
                    newton = " then Newton on the support";
                }

                string note = string.Create(CultureInfo.InvariantCulture, $"{passes} passes{newton}, {steps} simplices, mesh 1/{found.Mesh}, regret {found.Regret:g3}");
                return new SolverResult(MethodName, [profile], false, [note]);
            }

            mesh *= 2;
            (numerators, denominator) = Snap(DropInferior(table, ToDoubles(found.Numerators, found.Denominator), found.Regret), mesh);
        }
    }

    // The restart point without the strategies whose gain is well below the best (less than −InferiorGain × the
    // largest regret): leftovers of the coarser grid. On that boundary the next pass ends as soon as each
    // player's labels cover what it plays (SimplicialPath), near the start, instead of crossing its whole region
    // to take them to 0. Dropping a strategy that belongs to the equilibrium only costs a longer path: its label
    // comes back and the path moves towards it again.
    private static double[][] DropInferior(PayoffTable table, double[][] point, double regret)
    {
        var gains = table.Gains(point);
        double floor = -InferiorGain * regret;
        return [.. point.Select((row, i) => row.Select((p, j) => gains[i][j] < floor ? 0 : p).ToArray())];
    }

    // A short rational within 1e-12 of a refined probability, so the answer still prints as rationals.
    private static Rational Nearby(double value) => Rational.Simplest(value, 1e-12, 1_000_000_000) ?? Rational.FromDouble(value);

    private static double[][] ToDoubles(long[][] numerators, long denominator) =>
        [.. numerators.Select(row => row.Select(v => (double)v / denominator).ToArray())];

    /// <summary>The same on the reduced normal form of a tree (mixed profiles over reduced strategies).</summary>
    public static SolverResult Solve(ExtensiveFormGame game, IReadOnlyList<double>? start = null)
    {
        ArgumentNullException.ThrowIfNull(game);
        return Solve(ReducedNormalForm.Tabulate(game), start);
    }

    private static (long[][] Numerators, long Denominator) Centroid(ImmutableArray<int> counts)
    {
        long denominator = counts.Aggregate(1L, (lcm, n) => lcm / (long)System.Numerics.BigInteger.GreatestCommonDivisor(lcm, n) * n);
        return ([.. counts.Select(n => Enumerable.Repeat(denominator / n, n).ToArray())], denominator);
    }

    internal static double[][] Split(IReadOnlyList<double> start, ImmutableArray<int> counts)
    {
        if (start.Count != counts.Sum())
        {
            throw new SolverNotApplicableException($"the start has {start.Count} entries; the game has {counts.Sum()} strategies");
        }

        int offset = 0;
        var segments = new double[counts.Length][];
        for (int i = 0; i < counts.Length; i++)
        {
            segments[i] = [.. start.Skip(offset).Take(counts[i])];
            offset += counts[i];
            if (segments[i].Any(p => p < 0 || double.IsNaN(p)) || Math.Abs(segments[i].Sum() - 1) > 1e-5)
            {
                throw new SolverNotApplicableException($"player {i + 1}'s start is not a probability vector (entries ≥ 0 summing to 1)");
            }
        }

        return segments;
    }

    // The nearest point with every probability a multiple of 1/denominator (largest remainders round up).
    private static (long[][] Numerators, long Denominator) Snap(double[][] point, long denominator)
    {
        var result = new long[point.Length][];
        for (int i = 0; i < point.Length; i++)
        {
            double total = point[i].Sum();
            var scaled = point[i].Select(p => p / total * denominator).ToArray();
            var row = scaled.Select(v => (long)Math.Floor(v)).ToArray();
            long missing = denominator - row.Sum();
            foreach (int j in Enumerable.Range(0, row.Length).OrderByDescending(j => scaled[j] - row[j]).ThenBy(j => j).Take((int)missing))
            {
                row[j]++;
            }

            result[i] = row;
        }

        return (result, denominator);
    }
}
