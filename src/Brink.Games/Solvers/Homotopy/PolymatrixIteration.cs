namespace Brink.Games.Solvers.Homotopy;

/// <summary>
/// Govindan and Wilson's iterated polymatrix approximation (J. Economic Dynamics &amp; Control 28, 2004), in the
/// form Blum, Shelton and Koller's GameTracer gives it and Gambit runs. The iteration lives in the space of
/// z ∈ ℝᴹ, whose retraction r(z) (the nearest point of the product of simplices) is a mixed profile. Each step
/// <list type="number">
/// <item>approximates the game at σ̂ = r(ẑ) by a polymatrix game A (<see cref="PolymatrixApproximation"/>);</item>
/// <item>solves it: first on the previous step's support by one linear solve, and when that fails (a zero row, or a
/// negative probability or slack) by Lemke's path from the perturbation ray (<see cref="PolymatrixLemke"/>),
/// giving σ and its anchor z = Aσ + σ (whose retraction is σ again);</item>
/// <item>when the support has not changed, or z lies behind ẑ as seen from σ̂, moves ẑ along the ray from σ̂ to the
/// projection of z (the paper's rescaling of the homotopy parameter);</item>
/// <item>stops when z is within <c>fuzz</c> of ẑ or σ within <c>fuzz</c> of σ̂: the approximation is then taken at
/// its own equilibrium, an equilibrium of the game (for two players the approximation is exact and one step
/// suffices);</item>
/// <item>otherwise sets ẑ ← (1 − α) ẑ + α z*, where z* is z itself on the first step and, while the support is
/// unchanged, the rule-of-false-position extrapolation from the last two (ẑ, z) pairs, coordinate by
/// coordinate.</item>
/// </list>
/// A run that does not stop in <see cref="MaxIterations"/> steps continues from its last ẑ, as Gambit restarts it.
/// </summary>
internal sealed class PolymatrixIteration
{
    /// <summary>Gambit's step fraction α.</summary>
    public const double StepFraction = 0.2;

    /// <summary>Gambit's <c>EQERR</c>: the distance at which the iteration stops, and below which probabilities are cut to 0.</summary>
    public const double Fuzz = 1e-6;

    /// <summary>Steps per run (GameTracer's default).</summary>
    public const int MaxIterations = 100;

    /// <summary>Runs before giving up (Gambit's <c>MAX_RESTARTS</c>).</summary>
    public const int MaxRuns = 100;

    private readonly PolymatrixApproximation game;
    private readonly double[] g;
    private readonly int[] bestReplies;
    private int pivots;

    public PolymatrixIteration(PolymatrixApproximation game, double[] perturbation)
    {
        this.game = game;
        double norm = Math.Sqrt(perturbation.Sum(v => v * v));
        g = [.. perturbation.Select(v => v / norm)];
        bestReplies = new int[game.Players];
        for (int p = 0; p < game.Players; p++)
        {
            int best = game.Offsets[p];
            for (int j = best + 1; j < game.Offsets[p + 1]; j++)
            {
                best = g[j] > g[best] ? j : best;
            }

            bestReplies[p] = best;
        }
    }

    /// <summary>Total Lemke pivots over every step.</summary>
    public int Pivots => pivots;

    /// <summary>Steps taken over every run.</summary>
    public int Steps { get; private set; }

    /// <summary>Steps that needed Lemke's path because the support solve failed.</summary>
    public int LemkeSolves { get; private set; }

    /// <summary>The equilibrium the iteration reaches from ẑ = (1, …, 1), or null if no run converges or a path fails.</summary>
    public double[]? Run()
    {
        var anchor = Enumerable.Repeat(1.0, game.Size).ToArray();
        for (int run = 0; run < MaxRuns; run++)
        {
            var (answer, converged) = RunOnce(anchor);
            if (answer is null || answer.Any(v => !double.IsFinite(v)))
            {
                return null;
            }

            if (converged)
            {
                return answer;
            }
        }

        return null;
    }

    // One GameTracer run of at most MaxIterations steps; updates zHat in place so a restart continues from it.
    private (double[]? Answer, bool Converged) RunOnce(double[] zHat)
    {
        int m = game.Size;
        var sHat = Retract(zHat);
        var sOld = (double[])sHat.Clone();
        var sHatOld = new double[m];
        var zOld = new double[m];
        var zHatOld = new double[m];
        double[] s = new double[m];
        for (int iteration = 1; iteration <= MaxIterations; iteration++)
        {
            Steps++;
            var matrix = game.Jacobian(sHat);
            var onSupport = SolveOnSupport(matrix, sOld);
            if (onSupport is null)
            {
                LemkeSolves++;
                s = PolymatrixLemke.Solve(game, matrix, g, bestReplies, polish: game.Players <= 2, ref pivots) ?? [];
                if (s.Length == 0)
                {
                    return (null, false);
                }
            }
            else
            {
                s = onSupport;
            }

            var z = Multiply(matrix, s);
            bool sameSupport = true;
            for (int i = 0; i < m; i++)
            {
                z[i] += s[i];
                sameSupport &= s[i] > 0 == sOld[i] > 0;
            }

            Rescale(zHat, sHat, z, zHatOld, sHatOld, sameSupport);
            if (!double.IsFinite(Distance(z, zHat)) || !double.IsFinite(Distance(s, sHat)))
            {
                return (null, false);
            }

            if (game.Players <= 2 || Distance(z, zHat) < Fuzz || Distance(s, sHat) < Fuzz)
            {
                return (s, true);
            }

            var target = iteration > 1 ? FalsePosition(z, zHat, zOld, zHatOld, sameSupport) : (double[])z.Clone();
            var next = new double[m];
            for (int i = 0; i < m; i++)
            {
                // (1 − α)(ẑ + α/(1 − α) z*), written as GameTracer evaluates it.
                next[i] = ((target[i] * (StepFraction / (1 - StepFraction))) + zHat[i]) * (1 - StepFraction);
            }

            (sOld, zOld, sHatOld) = (s, z, sHat);
            Array.Copy(zHat, zHatOld, m);
            Array.Copy(next, zHat, m);
            sHat = Retract(zHat);
            for (int i = 0; i < m; i++)
            {
                sHat[i] = sHat[i] < Fuzz ? 0 : sHat[i];
            }

            Normalise(sHat);
        }

        return (s, false);
    }

    // The polymatrix game's equilibrium with the support of the last answer, by one linear solve of
    // (A x)ᵢ = vₙ on the support, xᵢ = slack off it, Σ x = 1 per player. A negative entry is either a negative
    // probability or an unused strategy paying more than the support: then the support is wrong.
    private double[]? SolveOnSupport(double[] matrix, double[] support)
    {
        int m = game.Size, size = m + game.Players;
        var system = new double[size * size];
        var rhs = new double[size];
        for (int i = 0; i < m; i++)
        {
            if (support[i] > 0)
            {
                for (int j = 0; j < m; j++)
                {
                    system[(j * size) + i] = matrix[(j * m) + i];
                }

                system[((m + game.PlayerOf(i)) * size) + i] = 1;
            }
            else
            {
                system[(i * size) + i] = 1;
            }

            system[(i * size) + m + game.PlayerOf(i)] = -1;
        }

        for (int p = 0; p < game.Players; p++)
        {
            rhs[m + p] = 1;
        }

        var solution = CroutSolver.Solve(system, rhs);
        if (solution is null || solution.Take(m).Any(v => !(v >= 0)))
        {
            return null;
        }

        return [.. Enumerable.Range(0, m).Select(i => support[i] > 0 ? solution[i] : 0)];
    }

    // When the support is unchanged, or the new anchor lies behind ẑ as seen from σ̂ (a non-positive projection),
    // ẑ (and the previous ẑ with it, about the previous σ̂) is moved to the projection of z on the ray σ̂ → ẑ.
    private static void Rescale(double[] zHat, double[] sHat, double[] z, double[] zHatOld, double[] sHatOld, bool sameSupport)
    {
        double along = 0, length = 0;
        for (int i = 0; i < zHat.Length; i++)
        {
            double u = zHat[i] - sHat[i];
            along += (z[i] - sHat[i]) * u;
            length += u * u;
        }

        if (length == 0)
        {
            return;
        }

        double ell = along / length;
        if (ell <= 0 || sameSupport)
        {
            for (int i = 0; i < zHat.Length; i++)
            {
                zHat[i] = ((zHat[i] - sHat[i]) * ell) + sHat[i];
                zHatOld[i] = ((zHatOld[i] - sHatOld[i]) * ell) + sHatOld[i];
            }
        }
    }

    // The rule of false position per coordinate: the root of the line through (ẑ_old, z_old) and (ẑ, z), where the
    // step is well conditioned and the support unchanged; elsewhere z itself (a first-order step).
    private static double[] FalsePosition(double[] z, double[] zHat, double[] zOld, double[] zHatOld, bool sameSupport)
    {
        var result = (double[])z.Clone();
        for (int i = 0; i < z.Length; i++)
        {
            double d = z[i] - zHat[i] - zOld[i] + zHatOld[i];
            if (sameSupport && d > Fuzz)
            {
                result[i] = ((zHatOld[i] * z[i]) - (zHat[i] * zOld[i])) / d;
            }
        }

        return result;
    }

    // The nearest point of the product of simplices: per player, subtract the one threshold that leaves the
    // positive parts summing to 1 (the largest entries sorted first).
    private double[] Retract(double[] z)
    {
        var result = new double[z.Length];
        for (int p = 0; p < game.Players; p++)
        {
            int start = game.Offsets[p], count = game.Counts[p];
            var sorted = z.Skip(start).Take(count).OrderByDescending(v => v).ToArray();
            double sum = sorted[0];
            int kept = 1;
            while (kept < count && sum - (kept * sorted[kept]) <= 1)
            {
                sum += sorted[kept];
                kept++;
            }

            double threshold = (sum - 1) / kept;
            for (int j = start; j < start + count; j++)
            {
                result[j] = Math.Max(z[j] - threshold, 0);
            }
        }

        return result;
    }

    private void Normalise(double[] profile)
    {
        for (int p = 0; p < game.Players; p++)
        {
            double total = 0;
            for (int j = game.Offsets[p]; j < game.Offsets[p + 1]; j++)
            {
                total += profile[j];
            }

            for (int j = game.Offsets[p]; j < game.Offsets[p + 1]; j++)
            {
                profile[j] /= total;
            }
        }
    }

    private static double[] Multiply(double[] matrix, double[] vector)
    {
        int m = vector.Length;
        var result = new double[m];
        for (int i = 0; i < m; i++)
        {
            double sum = 0;
            for (int j = 0; j < m; j++)
            {
                sum += matrix[(i * m) + j] * vector[j];
            }

            result[i] = sum;
        }

        return result;
    }

    private static double Distance(double[] a, double[] b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }

        return Math.Sqrt(sum);
    }
}
