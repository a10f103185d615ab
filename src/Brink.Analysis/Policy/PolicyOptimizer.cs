using System.Collections.Immutable;
using Brink.Analysis.Sweeps;
using Brink.Model.Packs;
using Brink.Model.Parallelism;
using Brink.Model.Prediction;
using Brink.Model.Randomness;
using Brink.Model.Situations;

namespace Brink.Analysis.Policy;

/// <summary>
/// Finds the adversary's policy (values of controls such as pressure, threat credibility, engagement and
/// rhetoric) that minimises the probability of war (the leader choosing major escalation) while the
/// probability of concession reaches a target, robustly: every policy is scored by its mean over draws of the
/// free parameters from the fit's uncertainty (Gaussian, standard errors from the fit, or the prior scales
/// where the pack records none, truncated to the bounds). A coarse grid over the controls, then a finer grid
/// around the best feasible policy. Deterministic for a seed, at any thread count.
/// </summary>
public static class PolicyOptimizer
{
    /// <summary>Runs the search.</summary>
    public static PolicyResult Optimize(Situation situation, ModelPack pack, IReadOnlyList<SweepAxis> controls, PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(situation);
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(controls);
        ArgumentNullException.ThrowIfNull(options);
        var targets = controls.Select(c => SweepTarget.Resolve(c.Path, situation)).ToArray();
        var draws = Draws(pack, options);
        var coarse = Grid(controls.Select(c => (c.Low, c.High)).ToArray(), options.Levels);
        var evaluated = Evaluate(situation, pack, targets, draws, coarse, options);
        var best = Best(evaluated, options.TargetConcession);
        if (best is not null)
        {
            var around = controls.Select((c, i) =>
            {
                double step = (c.High - c.Low) / Math.Max(1, options.Levels - 1);
                return (Math.Max(c.Low, best.Controls[i] - step), Math.Min(c.High, best.Controls[i] + step));
            }).ToArray();
            evaluated = [.. evaluated, .. Evaluate(situation, pack, targets, draws, Grid(around, 5), options)];
            best = Best(evaluated, options.TargetConcession);
        }

        var curve = Enumerable.Range(1, 19).Select(k => k * 0.05)
            .Select(t => (t, Best(evaluated, t)))
            .Where(p => p.Item2 is not null)
            .Select(p => new TradeOffPoint(Math.Round(p.t, 2), p.Item2!))
            .ToImmutableArray();
        return new PolicyResult([.. controls], options, best, evaluated.MaxBy(p => p.Concession)!, curve, evaluated.Count);
    }

    /// <summary>
    /// The least warlike policy reaching <paramref name="target"/>; among policies equally safe to three decimals,
    /// the one that reaches the target with the least to spare: the least coercion that does the job.
    /// </summary>
    private static PolicyPoint? Best(IReadOnlyList<PolicyPoint> points, double target) =>
        points.Where(p => p.Concession >= target).OrderBy(p => Math.Round(p.War, 3)).ThenBy(p => p.Concession).FirstOrDefault();

    private static List<PolicyPoint> Evaluate(
        Situation situation, ModelPack pack, SweepTarget[] targets, ModelPack[] draws, double[][] policies, PolicyOptions options)
    {
        var result = new PolicyPoint[policies.Length];
        var parallel = Workers.Options(options.MaxDegreeOfParallelism);
        Parallel.For(0, policies.Length, parallel, k =>
        {
            var war = new double[draws.Length];
            var concede = new double[draws.Length];
            for (int d = 0; d < draws.Length; d++)
            {
                var (s, p) = (situation, draws[d]);
                for (int i = 0; i < targets.Length; i++)
                {
                    (s, p) = targets[i].Apply(s, p, policies[k][i]);
                }

                var distribution = new Predictor(p).Predict(s);
                war[d] = distribution[ResponseCategory.Major]
                    + (options.Objective == PolicyObjective.Escalation ? distribution[ResponseCategory.LimitedOvert] : 0);
                concede[d] = distribution[ResponseCategory.Concede];
            }

            result[k] = new PolicyPoint([.. policies[k]], war.Average(), concede.Average(), Quantile(concede, 0.1), Quantile(war, 0.9));
        });
        return [.. result];
    }

    /// <summary>The pack with its free parameters drawn from the fit's uncertainty; draw 0 is the estimate itself.</summary>
    private static ModelPack[] Draws(ModelPack pack, PolicyOptions options)
    {
        ulong state = options.Seed;
        var result = new ModelPack[Math.Max(1, options.Draws)];
        result[0] = pack;
        for (int d = 1; d < result.Length; d++)
        {
            var values = pack.Free.Select(f =>
            {
                double sd = pack.Fitted?.StandardErrors.GetValueOrDefault(f.Definition.Name, double.NaN) is { } se && double.IsFinite(se) ? se : f.PriorScale;
                return Math.Clamp(pack[f.Definition] + (sd * Normal(ref state)), f.Lower, f.Upper);
            }).ToArray();
            result[d] = pack.WithFreeValues(values);
        }

        return result;
    }

    private static double[][] Grid((double Low, double High)[] ranges, int levels)
    {
        int count = (int)Math.Pow(levels, ranges.Length);
        var grid = new double[count][];
        for (int p = 0; p < count; p++)
        {
            grid[p] = new double[ranges.Length];
            int rest = p;
            for (int i = 0; i < ranges.Length; i++)
            {
                int level = rest % levels;
                rest /= levels;
                grid[p][i] = levels == 1 ? ranges[i].Low : ranges[i].Low + ((ranges[i].High - ranges[i].Low) * level / (levels - 1));
            }
        }

        return grid;
    }

    private static double Quantile(double[] values, double q)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Floor(q * (sorted.Length - 1))];
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Normal(ref ulong state)
    {
        double u1 = ((SplitMix64.Next(ref state) >> 11) + 1.0) / ((1UL << 53) + 1.0);
        double u2 = (SplitMix64.Next(ref state) >> 11) / (double)(1UL << 53);
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
