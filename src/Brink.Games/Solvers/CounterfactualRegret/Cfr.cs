using System.Globalization;
using Brink.Games.ExtensiveForm;
using Brink.Games.Profiles;

namespace Brink.Games.Solvers.CounterfactualRegret;

/// <summary>
/// Counterfactual regret minimisation for large two-player constant-sum trees with perfect recall (Zinkevich et
/// al. 2007; variants in <see cref="CfrVariant"/>). Each player's average strategy over the iterations converges
/// to an equilibrium; the answer is that average behaviour profile, in floating point, with its exploitability
/// (NashConv/2: half the sum of what each player gains by a best reply) measured by best reply on the average
/// profile, not read off CFR's regrets. Not an exact solver: the answer is an ε-equilibrium with ε stated.
/// Stateless; each run flattens the tree once.
/// </summary>
public static class Cfr
{
    /// <summary>The method name reported in results.</summary>
    public const string MethodName = "cfr";

    /// <summary>
    /// Stopping by exploitability checks after iteration t and next after about t/20 more, so a run overshoots its
    /// stopping point by at most 5% while the checks (two best replies, about one iteration's work each) stay cheap.
    /// </summary>
    private const int CheckSpacingDivisor = 20;

    /// <summary>The variant's name on the command line: cfr, cfr+, linear, dcfr.</summary>
    public static string Name(CfrVariant variant) => variant switch
    {
        CfrVariant.Vanilla => "cfr",
        CfrVariant.Plus => "cfr+",
        CfrVariant.Linear => "linear",
        CfrVariant.Discounted => "dcfr",
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };

    /// <summary>The variant with that command-line name, or null.</summary>
    public static CfrVariant? Parse(string name) => name switch
    {
        "cfr" => CfrVariant.Vanilla,
        "cfr+" => CfrVariant.Plus,
        "linear" => CfrVariant.Linear,
        "dcfr" => CfrVariant.Discounted,
        _ => null,
    };

    /// <summary>
    /// Runs CFR and returns the average profile as a solver result whose <see cref="SolverResult.Tolerance"/> is the
    /// regret the profile claims (its NashConv, which bounds each player's regret), for the verifier to check.
    /// <paramref name="observe"/> sees every exploitability check, as in <see cref="Run"/>.
    /// </summary>
    public static SolverResult Solve(ExtensiveFormGame game, CfrOptions? options = null, Action<CfrCheckpoint>? observe = null)
    {
        var run = Run(game, options ?? new CfrOptions(), observe);
        double scale = 1 + game.TerminalPayoffsAsDouble.SelectMany(v => v).Select(Math.Abs).DefaultIfEmpty(0).Max();
        string note = string.Create(
            CultureInfo.InvariantCulture,
            $"variant={Name(run.Variant)} iterations={run.Iterations} exploitability={run.Exploitability:G6}{(run.ReachedTarget ? "" : " (iteration cap reached first)")}");
        return new SolverResult(MethodName, [run.Profile], false, [note])
        {
            // Each regret is at most NashConv = 2ε; the slack covers rounding between two best-reply computations.
            Tolerance = (2 * run.Exploitability * (1 + 1e-9) / scale) + 1e-12,
        };
    }

    /// <summary>
    /// Runs CFR as <paramref name="options"/> say, calling <paramref name="observe"/> at every exploitability check
    /// (every ~5% of the iterations so far when given, and at the end). Throws
    /// <see cref="SolverNotApplicableException"/> unless the tree has two players, perfect recall and constant sum.
    /// </summary>
    public static CfrRun Run(ExtensiveFormGame game, CfrOptions options, Action<CfrCheckpoint>? observe = null)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        RequireApplicable(game);
        var tree = new CfrTree(game);
        var state = new CfrAccumulator(tree, options.Variant);
        var bestReply = new CfrBestReply(tree);
        var average = new double[tree.SlotCount];
        bool byTarget = options.Iterations is null;
        int last = options.Iterations ?? options.MaxIterations;
        int nextCheck = 1;
        double exploitability = double.PositiveInfinity;
        while (state.Iterations < last)
        {
            state.Iterate();
            int t = state.Iterations;
            if ((byTarget || observe is not null) && (t >= nextCheck || t == last))
            {
                nextCheck = t + Math.Max(1, t / CheckSpacingDivisor);
                state.Average(average);
                exploitability = bestReply.Exploitability(average);
                observe?.Invoke(new CfrCheckpoint(t, exploitability));
                if (byTarget && exploitability <= options.TargetExploitability)
                {
                    break;
                }
            }
        }

        if (!byTarget && observe is null)
        {
            state.Average(average);
            exploitability = bestReply.Exploitability(average);
        }

        var segments = Enumerable.Range(0, tree.SetCount).Select(s => average.AsSpan(tree.SetSlot[s], tree.SetActions[s]).ToArray());
        return new CfrRun(
            options.Variant,
            Profile.FromDoubles(ProfileKind.Behaviour, segments),
            state.Iterations,
            exploitability,
            !byTarget || exploitability <= options.TargetExploitability);
    }

    private static void Validate(CfrOptions options)
    {
        if (options.Iterations is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Iterations must be at least 1.");
        }

        if (!(options.TargetExploitability > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The target exploitability must be positive.");
        }

        if (options.MaxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The iteration cap must be at least 1.");
        }
    }

    private static void RequireApplicable(ExtensiveFormGame game)
    {
        if (game.PlayerCount != 2)
        {
            throw new SolverNotApplicableException($"cfr needs a two-player game; this one has {game.PlayerCount} players.");
        }

        if (PerfectRecall.FindViolation(game) is { } violation)
        {
            throw new SolverNotApplicableException($"cfr needs perfect recall: {violation}");
        }

        // Constant sum makes player 2's payoff a constant minus player 1's, so one payoff per terminal suffices.
        if (!game.IsConstantSum())
        {
            throw new SolverNotApplicableException("cfr needs a constant-sum game; the payoffs do not sum to one constant.");
        }
    }
}
