namespace Brink.Games.Solvers.Homotopy;

/// <summary>
/// One run of the global Newton method (Govindan and Wilson 2003) for one perturbation b: the curve of (σ, λ) with σ
/// a Nash equilibrium of the game whose payoffs gain λ·b_ns for each pure s of each player n. Written through
/// Kohlberg and Mertens' homeomorphism z = σ + V(σ) + λb, that curve is GW's path F(z) = z − r(z) − V(r(z)) = λb;
/// here it is followed in the equivalent coordinates of each support cell: the unknowns are σ on the supports, each
/// player's value v_n and λ, and the equations are V_ns(σ) + λb_ns = v_n on the support and Σ_s σ_ns = 1 — one
/// fewer equation than unknowns, so the solutions are a curve. A cell ends where a used strategy's probability
/// reaches 0 (it leaves the support) or an unused one's payoff reaches v_n (it enters), as z crosses into the
/// neighbouring cell of r; stepping exactly onto that boundary and switching the support is what makes the tracer
/// follow GW's piecewise-smooth path rather than smooth over it. For λ large the only equilibrium is each player's
/// highest-b pure strategy, where the path starts; each crossing of λ = 0 is an equilibrium of the game; the run
/// ends when λ falls below <see cref="LambdaMin"/> (Gambit's default, in the same rescaled units). With two players
/// each cell's piece is a line segment and every step lands exactly on the next boundary; with more, each piece is
/// traced by predictor (the tangent, GW's adj(DF)·b up to scale) and Newton corrector. Mutable working state.
/// </summary>
internal sealed partial class GnmPath
{
    /// <summary>The run stops once λ falls below this (Gambit's gnm default, for payoffs rescaled to [0, 1] and |b| = 1).</summary>
    public const double LambdaMin = -10;

    /// <summary>A run that has not ended after this many steps is abandoned (Gambit has no cap; this keeps a solve finite).</summary>
    public const int MaxSteps = 50_000;

    private const double RateEpsilon = 1e-13;
    private const double ZeroLambda = 1e-12;
    private const double CrossingTolerance = 1e-11;
    private const double MaxStepLength = 0.2;

    // Successive tangents must be this close in direction (cosine), or the step was long enough to jump strands.
    private const double MinTangentCosine = 0.95;

    private readonly GnmPayoffs payoffs;
    private readonly double[] perturbation;
    private readonly bool[] inSupport;
    private readonly List<double[]> equilibria = [];
    private readonly int total, players, lambdaIndex;
    private int[] variables = [];
    private double[] x, tangent;
    private double[] values;
    private double[] jacobian = [];

    // The side of λ = 0 the path was last strictly on, and σ where it last reached λ = 0 (within ZeroLambda) since:
    // a crossing is confirmed only when the path leaves zero on the other side. In a degenerate game the path can
    // reach λ = 0 on a cell boundary or run along λ = 0 through a continuum; either way it is one crossing.
    private double lambdaSide = 1;

    // The start's λ and support: a path back in that cell above that λ and climbing has turned back at a degenerate
    // branch point and is retracing its start ray to λ = +∞.
    private double startLambda;
    private bool[] startSupport = [];
    private double[]? zeroPoint;

    // Each boundary crossed (event, strategy, support, point rounded to 1e-9), hashed: the tracer is deterministic,
    // so crossing the same boundary at the same point into the same cell again means it is going round a cycle,
    // which degenerate games allow along λ = 0.
    private readonly HashSet<ulong> crossedBoundaries = [];
    private bool revisited;

    private enum EventKind { None, Leave, Enter, LambdaZero, End }

    public GnmPath(GnmPayoffs payoffs, double[] perturbation)
    {
        this.payoffs = payoffs;
        this.perturbation = perturbation;
        total = payoffs.Total;
        players = payoffs.Players;
        lambdaIndex = total + players;
        inSupport = new bool[total];
        x = new double[lambdaIndex + 1];
        tangent = new double[lambdaIndex + 1];
        values = new double[total];
    }

    /// <summary>Steps taken (boundary events and smooth steps).</summary>
    public int Steps { get; private set; }

    /// <summary>Support cells the path passed through.</summary>
    public int Cells { get; private set; } = 1;

    /// <summary>Why the run ended.</summary>
    public string Ending { get; private set; } = "not started";

    /// <summary>λ where the run ended.</summary>
    public double FinalLambda => x[lambdaIndex];

    /// <summary>Follows the path to its end and returns σ at each crossing of λ = 0, in the order crossed.</summary>
    public IReadOnlyList<double[]> Follow()
    {
        Ending = Trace();

        // A path that reaches λ = 0 and ends there (a degenerate game whose last cell lies in λ = 0, such as one
        // with every payoff equal) never leaves to the other side, but the point it stopped at is an equilibrium.
        if (zeroPoint is not null)
        {
            equilibria.Add(zeroPoint);
        }

        return equilibria;
    }

    private string Trace()
    {
        Start();
        bool linear = players == 2;
        double step = 0.05;
        while (Steps < MaxSteps)
        {
            Steps++;
            if (x[lambdaIndex] > startLambda && tangent[lambdaIndex] > 0 && inSupport.SequenceEqual(startSupport))
            {
                return "the path turned back at a degenerate point and is retracing its start ray";
            }

            if (revisited)
            {
                return "the path came back to a boundary it had crossed, at the same point (a cycle in a degenerate game)";
            }

            var (kind, index, distance) = NextEvent();
            if (linear || distance <= step)
            {
                if (kind == EventKind.None)
                {
                    return tangent[lambdaIndex] < -RateEpsilon ? "no boundary ahead: the last cell's segment runs to λ = −∞"
                        : "no boundary ahead: the last cell lies in λ = 0";
                }

                if (TryEventStep(kind, index, distance))
                {
                    if (kind == EventKind.End)
                    {
                        return "λ fell below its bound";
                    }

                    continue;
                }

                if (linear)
                {
                    return "a boundary could not be reached exactly (a singular cell)";
                }

                step = Math.Min(step, distance / 2);
            }

            if (!TrySmoothStep(ref step))
            {
                return "the corrector failed at a singular point";
            }
        }

        return $"no end after {MaxSteps} steps";
    }

    // λ large enough that each player's highest-b strategy is a strict best reply, the pure profile of those.
    private void Start()
    {
        var best = new int[players];
        for (int n = 0; n < players; n++)
        {
            best[n] = payoffs.Offsets[n];
            for (int s = payoffs.Offsets[n] + 1; s < payoffs.Offsets[n + 1]; s++)
            {
                best[n] = perturbation[s] > perturbation[best[n]] ? s : best[n];
            }

            x[best[n]] = 1;
            inSupport[best[n]] = true;
        }

        payoffs.Values(x[..total], values);
        double lambda = 0;
        for (int s = 0; s < total; s++)
        {
            int top = best[payoffs.PlayerOf[s]];
            if (s != top && perturbation[top] > perturbation[s])
            {
                lambda = Math.Max(lambda, (values[s] - values[top]) / (perturbation[top] - perturbation[s]));
            }
        }

        lambda += 1;
        startLambda = lambda;
        startSupport = (bool[])inSupport.Clone();
        x[lambdaIndex] = lambda;
        tangent[lambdaIndex] = -1;
        for (int n = 0; n < players; n++)
        {
            x[total + n] = values[best[n]] + (lambda * perturbation[best[n]]);
            tangent[total + n] = -perturbation[best[n]];
        }

        Normalise(tangent);
        RebuildVariables();
        Refresh();
    }

    // Steps to the boundary `index` and corrects onto it; on success switches the cell (or records, or ends).
    private bool TryEventStep(EventKind kind, int index, double distance)
    {
        var predicted = Along(x, tangent, distance);
        if (kind == EventKind.End)
        {
            x = predicted;
            NoteLambda();
            return true;
        }

        var constraint = kind == EventKind.Enter ? Constraint.OnSlack(index) : Constraint.OnVariable(index);
        if (Correct(predicted, constraint) is not { } corrected || !Acceptable(corrected, predicted, distance, index))
        {
            return false;
        }

        var previous = tangent;
        x = corrected;
        x[index] = 0;
        NoteLambda();
        if (kind != EventKind.LambdaZero)
        {
            inSupport[index] = kind == EventKind.Enter;
        }

        if (kind != EventKind.LambdaZero)
        {
            Cells++;
            RebuildVariables();
            revisited |= !crossedBoundaries.Add(BoundarySignature(kind, index));
        }

        Refresh();

        // Leaving the cell's boundary into the new cell: an entering strategy's probability grows, a leaving
        // strategy's slack grows; a λ crossing keeps the direction of travel. The guided solve orients the tangent
        // by construction; the kernel by elimination is the fallback where the guide is orthogonal to it.
        var guide = kind switch
        {
            EventKind.Enter => UnitAt(index),
            EventKind.Leave => SlackGradient(index),
            _ => previous,
        };
        if (GuidedTangent(guide) is { } guided)
        {
            tangent = guided;
            return true;
        }

        if (Tangent() is not { } next)
        {
            return false;
        }

        double orientation = kind switch
        {
            EventKind.Enter => next[index],
            EventKind.Leave => SlackRate(index, next),
            _ => 0,
        };
        if (Math.Abs(orientation) <= RateEpsilon)
        {
            orientation = Dot(next, previous);
        }

        tangent = orientation < 0 ? Negate(next) : next;
        return true;
    }

    // A predictor–corrector step inside the cell; a boundary crossed within it is located and taken instead.
    private bool TrySmoothStep(ref double step)
    {
        while (step > 1e-14)
        {
            var predicted = Along(x, tangent, step);
            var corrected = Correct(predicted, Constraint.Arclength(tangent, predicted));
            if (corrected is null || Distance(corrected, predicted) > 0.25 * step)
            {
                step /= 2;
                continue;
            }

            if (FirstCrossing(corrected) is { } crossing)
            {
                double distance = step * crossing.Fraction;
                if (TryEventStep(crossing.Kind, crossing.Index, distance))
                {
                    return true;
                }

                step = distance / 2;
                continue;
            }

            var (previous, saved) = (tangent, x);
            x = corrected;
            Refresh();
            if ((GuidedTangent(previous) ?? Tangent()) is not { } next)
            {
                return false;
            }

            double cosine = Dot(next, previous);
            if (Math.Abs(cosine) < MinTangentCosine)
            {
                (x, tangent) = (saved, previous);
                Refresh();
                step /= 2;
                continue;
            }

            tangent = cosine < 0 ? Negate(next) : next;
            NoteLambda();
            step = Math.Min(step * 1.5, MaxStepLength);
            return true;
        }

        return false;
    }
}
