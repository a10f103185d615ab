namespace Brink.Games.Solvers.Logit;

/// <summary>
/// Follows the principal branch of the logit QRE correspondence from λ = 0 (the uniform profile) by
/// pseudo-arclength predictor–corrector continuation (Turocy 2005), in the unknowns z = (log σ, λ) with
/// equations, per agent and action a ≥ 1, log σ_a − log σ_0 − λ (u_a − u_0) = 0 and Σ_a σ_a = 1. Working with
/// logarithms keeps the equations well conditioned as probabilities vanish. Tangents solve [J; tᵀ_prev] t = e;
/// the corrector is Newton's method on H(z) = 0 plus the arclength condition; steps grow after easy corrections
/// and halve after hard ones, so the branch is followed through turning points in λ.
/// </summary>
internal sealed class LogitPath
{
    private const double NewtonTolerance = 1e-10;
    private const int MaxNewton = 12;

    /// <summary>
    /// A bifurcation point this close to an equilibrium ends the branch: such points are where a branch meets a
    /// (non-isolated or degenerate) equilibrium at finite λ, and Gambit's tracer stops there too.
    /// </summary>
    private const double BifurcationRegret = 1e-4;
    private readonly IAgentValues game;
    private readonly bool switchBranches;
    private readonly int n;
    private readonly int[] agentOf;
    private readonly int[] firstOfAgent;

    public LogitPath(IAgentValues game, bool switchBranches = true)
    {
        this.game = game;
        this.switchBranches = switchBranches;
        n = game.ActionCounts.Sum();
        agentOf = new int[n];
        firstOfAgent = new int[game.ActionCounts.Length];
        int k = 0;
        for (int j = 0; j < game.ActionCounts.Length; j++)
        {
            firstOfAgent[j] = k;
            for (int a = 0; a < game.ActionCounts[j]; a++)
            {
                agentOf[k++] = j;
            }
        }
    }

    /// <summary>When set, receives (λ, σ) after every accepted step (diagnostics and tests).</summary>
    public Action<double, double[]>? Trace { get; init; }

    /// <summary>Steps taken by the last run.</summary>
    public int Steps { get; private set; }

    /// <summary>λ at the end of the last run.</summary>
    public double Lambda { get; private set; }

    /// <summary>Follows the branch until the profile's regret is at most <paramref name="maxRegret"/> × payoff range.</summary>
    public double[] ToEquilibrium(double maxRegret, double maxLambda = 1e12) =>
        Follow(z => z[n] >= maxLambda || game.MaxRegret(Sigma(z)) <= maxRegret * game.PayoffRange, double.PositiveInfinity);

    /// <summary>The profile on the branch at exactly <paramref name="lambda"/>.</summary>
    public double[] AtLambda(double lambda) => Follow(_ => false, lambda);

    private double[] Follow(Func<double[], bool> done, double targetLambda)
    {
        var z = new double[n + 1];
        for (int k = 0; k < n; k++)
        {
            z[k] = -Math.Log(game.ActionCounts[agentOf[k]]);
        }

        Steps = 0;
        if (targetLambda <= 0)
        {
            Lambda = 0;
            return Sigma(z);
        }

        var start = new double[n + 1];
        start[n] = 1;
        var tangent = Tangent(z, start);
        int sign = lastSign;
        double h = 0.03;
        int switches = 0, jumps = 0;
        bool lenient = false;
        while (Steps < 100_000)
        {
            var predicted = new double[n + 1];
            for (int k = 0; k <= n; k++)
            {
                predicted[k] = z[k] + (h * tangent[k]);
            }

            bool last = predicted[n] >= targetLambda;
            int iterations = MaxNewton;
            var corrected = last ? CorrectAtLambda(predicted, targetLambda) : Correct(predicted, tangent, out iterations);
            double[]? nextTangent = corrected is null || last ? null : Tangent(corrected, tangent);

            // Accept only a step that stays on the branch: the corrector converged, moved the point by less than
            // the step itself, and the direction turned by less than ~25 degrees (otherwise a long step may have
            // jumped to another branch of the correspondence).
            bool careful = h > 1e-6 && !lenient;
            bool accepted = corrected is not null
                && (last || (corrected[n] >= 0 && (!careful || (Distance(corrected, predicted) <= 0.5 * h && Dot(nextTangent!, tangent) >= 0.9))));
            if (!accepted)
            {
                h /= 2;
                if (h < 1e-9)
                {
                    // Stuck at a singular point (an exact bifurcation or turning point): step over it.
                    if (jumps++ > 50)
                    {
                        throw new InvalidOperationException("logit path: the step size collapsed; the branch could not be followed");
                    }

                    h = 1e-3 * (1 + z[n]);
                    lenient = true;
                }

                continue;
            }

            lenient = false;

            int signAfter = lastSign;
            if (switchBranches && !last && signAfter != 0 && sign != 0 && signAfter != sign && switches < 16
                && Bifurcation(z, tangent, h, sign) is { } point)
            {
                // A bifurcation point between z and the corrected point. If it is already an equilibrium to
                // tolerance, the branch ends there (Gambit stops at it too); otherwise take the crossing branch.
                if (game.MaxRegret(Sigma(point)) <= BifurcationRegret * game.PayoffRange)
                {
                    z = point;
                    Steps++;
                    Trace?.Invoke(z[n], Sigma(z));
                    break;
                }
            }

            if (switchBranches && !last && signAfter != 0 && sign != 0 && signAfter != sign && switches < 16
                && SwitchBranch(z, corrected!, tangent, h) is { } switched)
            {
                // Crossed a bifurcation point between z and the corrected point: continue on the crossing branch.
                switches++;
                (z, tangent) = switched;
                sign = lastSign;
                Steps++;
                Trace?.Invoke(z[n], Sigma(z));
                continue;
            }

            sign = signAfter == 0 ? sign : signAfter;
            Steps++;
            z = corrected!;
            Trace?.Invoke(z[n], Sigma(z));
            if (last || done(z))
            {
                break;
            }

            tangent = nextTangent!;
            h *= iterations <= 2 ? 1.5 : iterations <= 4 ? 1.1 : 1;
        }

        Lambda = z[n];
        return Sigma(z);
    }

    private static double Distance(double[] a, double[] b)
    {
        double sum = 0;
        for (int k = 0; k < a.Length; k++)
        {
            sum += (a[k] - b[k]) * (a[k] - b[k]);
        }

        return Math.Sqrt(sum);
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int k = 0; k < a.Length; k++)
        {
            sum += a[k] * b[k];
        }

        return sum;
    }

    private double[] Sigma(double[] z)
    {
        var sigma = new double[n];
        for (int j = 0; j < firstOfAgent.Length; j++)
        {
            int start = firstOfAgent[j], count = game.ActionCounts[j];
            double max = double.NegativeInfinity;
            for (int a = 0; a < count; a++)
            {
                max = Math.Max(max, z[start + a]);
            }

            double sum = 0;
            for (int a = 0; a < count; a++)
            {
                sigma[start + a] = Math.Exp(z[start + a] - max);
                sum += sigma[start + a];
            }

            for (int a = 0; a < count; a++)
            {
                sigma[start + a] /= sum;
            }
        }

        return sigma;
    }

    /// <summary>H(z): n equations (per agent: the logit conditions for actions 1.., then Σσ − 1).</summary>
    private double[] Residual(double[] z)
    {
        var sigma = new double[n];
        for (int k = 0; k < n; k++)
        {
            sigma[k] = Math.Exp(z[k]);
        }

        var values = new double[n];
        game.Values(sigma, values);
        var h = new double[n];
        for (int j = 0; j < firstOfAgent.Length; j++)
        {
            int start = firstOfAgent[j], count = game.ActionCounts[j];
            double sum = 0;
            for (int a = 0; a < count; a++)
            {
                sum += sigma[start + a];
            }

            h[start] = sum - 1;
            for (int a = 1; a < count; a++)
            {
                h[start + a] = z[start + a] - z[start] - (z[n] * (values[start + a] - values[start]));
            }
        }

        return h;
    }

    /// <summary>∂H/∂z (n × (n+1)): from the game's value Jacobian when it has one, else by forward differences in log σ.</summary>
    private double[,] Jacobian(double[] z, double[] h0)
    {
        var jacobian = new double[n, n + 1];
        var sigma = new double[n];
        for (int k = 0; k < n; k++)
        {
            sigma[k] = Math.Exp(z[k]);
        }

        var values = new double[n];
        game.Values(sigma, values);
        var dq = new double[n, n];
        if (game.ValueJacobian(sigma, dq))
        {
            for (int j = 0; j < firstOfAgent.Length; j++)
            {
                int start = firstOfAgent[j], count = game.ActionCounts[j];
                for (int column = 0; column < n; column++)
                {
                    jacobian[start, column] = agentOf[column] == j ? sigma[column] : 0;
                }

                for (int a = 1; a < count; a++)
                {
                    int row = start + a;
                    for (int column = 0; column < n; column++)
                    {
                        double own = column == row ? 1 : column == start ? -1 : 0;
                        jacobian[row, column] = own - (z[n] * sigma[column] * (dq[row, column] - dq[start, column]));
                    }
                }
            }
        }
        else
        {
            for (int column = 0; column < n; column++)
            {
                double step = 1e-7;
                var shifted = (double[])z.Clone();
                shifted[column] += step;
                var h1 = Residual(shifted);
                for (int row = 0; row < n; row++)
                {
                    jacobian[row, column] = (h1[row] - h0[row]) / step;
                }
            }
        }

        for (int j = 0; j < firstOfAgent.Length; j++)
        {
            int start = firstOfAgent[j];
            jacobian[start, n] = 0;
            for (int a = 1; a < game.ActionCounts[j]; a++)
            {
                jacobian[start + a, n] = -(values[start + a] - values[start]);
            }
        }

        return jacobian;
    }

    /// <summary>
    /// The sign of det([J; tᵀ]) at the last tangent. It changes sign where the path crosses a simple bifurcation
    /// point (e.g. where a symmetric branch meets asymmetric ones); there the tracer switches to the crossing
    /// branch, as Gambit's does, whose limit is the equilibrium Gambit reports.
    /// </summary>
    private int lastSign;

    private double[] Tangent(double[] z, double[] previous)
    {
        var jacobian = Jacobian(z, Residual(z));
        var a = Augmented(jacobian, previous);

        var b = new double[n + 1];
        b[n] = 1;
        if (!DenseSolver.Solve(a, b))
        {
            return previous;
        }

        double norm = Math.Sqrt(b.Sum(v => v * v));
        for (int k = 0; k <= n; k++)
        {
            b[k] /= norm;
        }

        double dot = 0;
        for (int k = 0; k <= n; k++)
        {
            dot += b[k] * previous[k];
        }

        if (dot < 0)
        {
            for (int k = 0; k <= n; k++)
            {
                b[k] = -b[k];
            }
        }

        lastSign = DeterminantSign(jacobian, b);
        return b;
    }

    /// <summary>The bifurcation point between z and z + h·t on the branch, by bisection on the determinant's sign.</summary>
    private double[]? Bifurcation(double[] z, double[] tangent, double h, int signAtZ)
    {
        double low = 0, high = h;
        double[]? point = null;
        for (int round = 0; round < 40 && high - low > 1e-12 * (1 + h); round++)
        {
            double s = (low + high) / 2;
            var predicted = new double[n + 1];
            for (int k = 0; k <= n; k++)
            {
                predicted[k] = z[k] + (s * tangent[k]);
            }

            var corrected = Correct(predicted, tangent, out _);
            if (corrected is null)
            {
                return point;
            }

            point = corrected;
            Tangent(corrected, tangent);
            if (lastSign == signAtZ)
            {
                low = s;
            }
            else
            {
                high = s;
            }
        }

        return point;
    }

    /// <summary>
    /// From a bifurcation point bracketed by <paramref name="before"/> and <paramref name="after"/>: the crossing
    /// branch's direction is the near-null vector of [J; tᵀ] at the midpoint (by two steps of inverse iteration),
    /// orthogonal to the current tangent; one corrected step along it starts the new branch.
    /// </summary>
    private (double[] Point, double[] Tangent)? SwitchBranch(double[] before, double[] after, double[] tangent, double h)
    {
        var middle = new double[n + 1];
        for (int k = 0; k <= n; k++)
        {
            middle[k] = (before[k] + after[k]) / 2;
        }

        var jacobian = Jacobian(middle, Residual(middle));
        var v = new double[n + 1];
        for (int k = 0; k <= n; k++)
        {
            v[k] = Math.Sin(k + 1.5);
        }

        for (int round = 0; round < 2; round++)
        {
            if (!DenseSolver.Solve(Augmented(jacobian, tangent), v))
            {
                return null;
            }

            double along = Dot(v, tangent);
            for (int k = 0; k <= n; k++)
            {
                v[k] -= along * tangent[k];
            }

            double norm = Math.Sqrt(Dot(v, v));
            if (norm == 0 || !double.IsFinite(norm))
            {
                return null;
            }

            for (int k = 0; k <= n; k++)
            {
                v[k] /= norm;
            }
        }

        if (v[n] < 0)
        {
            for (int k = 0; k <= n; k++)
            {
                v[k] = -v[k];
            }
        }

        double step = Math.Max(h, 1e-3);
        var predicted = new double[n + 1];
        for (int k = 0; k <= n; k++)
        {
            predicted[k] = middle[k] + (step * v[k]);
        }

        var corrected = Correct(predicted, v, out _);
        if (corrected is null || corrected[n] < 0)
        {
            return null;
        }

        var direction = new double[n + 1];
        for (int k = 0; k <= n; k++)
        {
            direction[k] = corrected[k] - middle[k];
        }

        return (corrected, Tangent(corrected, direction));
    }

    /// <summary>The square matrix [J; rowᵀ].</summary>
    private double[,] Augmented(double[,] jacobian, double[] lastRow)
    {
        var a = new double[n + 1, n + 1];
        for (int row = 0; row < n; row++)
        {
            for (int k = 0; k <= n; k++)
            {
                a[row, k] = jacobian[row, k];
            }
        }

        for (int k = 0; k <= n; k++)
        {
            a[n, k] = lastRow[k];
        }

        return a;
    }

    private int DeterminantSign(double[,] jacobian, double[] tangent)
    {
        DenseSolver.Solve(Augmented(jacobian, tangent), new double[n + 1], out int sign);
        return sign;
    }

    private double[]? Correct(double[] predicted, double[] tangent, out int iterations)
    {
        // Chord Newton: the Jacobian at the predicted point serves every iteration (it changes little over one step).
        var z = (double[])predicted.Clone();
        double[,]? factor = null;
        for (iterations = 1; iterations <= MaxNewton; iterations++)
        {
            var h = Residual(z);
            factor ??= Jacobian(z, h);
            var a = new double[n + 1, n + 1];
            var b = new double[n + 1];
            for (int row = 0; row < n; row++)
            {
                for (int k = 0; k <= n; k++)
                {
                    a[row, k] = factor[row, k];
                }

                b[row] = -h[row];
            }

            double arclength = 0;
            for (int k = 0; k <= n; k++)
            {
                a[n, k] = tangent[k];
                arclength += tangent[k] * (z[k] - predicted[k]);
            }

            b[n] = -arclength;
            if (!DenseSolver.Solve(a, b))
            {
                return null;
            }

            double change = 0;
            for (int k = 0; k <= n; k++)
            {
                z[k] += b[k];
                change = Math.Max(change, Math.Abs(b[k]) / (1 + Math.Abs(z[k])));
            }

            if (!z.All(double.IsFinite))
            {
                return null;
            }

            if (change < NewtonTolerance)
            {
                return z;
            }
        }

        return null;
    }

    private double[]? CorrectAtLambda(double[] predicted, double lambda)
    {
        var z = (double[])predicted.Clone();
        z[n] = lambda;
        for (int iteration = 0; iteration < 3 * MaxNewton; iteration++)
        {
            var h = Residual(z);
            var jacobian = Jacobian(z, h);
            var a = new double[n, n];
            var b = new double[n];
            for (int row = 0; row < n; row++)
            {
                for (int k = 0; k < n; k++)
                {
                    a[row, k] = jacobian[row, k];
                }

                b[row] = -h[row];
            }

            if (!DenseSolver.Solve(a, b))
            {
                return null;
            }

            double change = 0;
            for (int k = 0; k < n; k++)
            {
                z[k] += b[k];
                change = Math.Max(change, Math.Abs(b[k]) / (1 + Math.Abs(z[k])));
            }

            if (change < NewtonTolerance)
            {
                return z;
            }
        }

        return null;
    }
}
