using System.Collections.Immutable;
using Brink.Analysis.Simulation;
using Brink.Model.Dynamics;
using Brink.Model.Packs;
using Brink.Model.Parallelism;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Analysis.Sweeps;

/// <summary>
/// Runs a design: at each point, the situation and pack with the axes' values, the decision's response
/// probabilities, and R simulated trajectories. Points run in parallel, each writing its own slot, and
/// replication r of point p draws from stream p·R + r, so results are identical at any thread count and shards
/// compute exactly the rows the whole sweep would.
/// </summary>
public static class Sweeper
{
    // A point's trajectories share no cache. A point of 10,000 replications × 12 steps meets each rounded state about
    // once, so a per-point cache hit rarely and its long-lived entries cost the collector more than they saved:
    // 20,000 entries per point took 5.5–5.6 s for the ten-point sweep of docs/performance.md, none 5.0–5.4 s
    // (interleaved runs, 2026-12-05; 120,000 was slower still). The bound changes speed and memory, never results
    // (an answer depends only on its key), so the sweep's CSV and manifest are the same either way.
    private const int MaxCachedStatesPerPoint = 0;

    /// <summary>
    /// Runs the points of <paramref name="options"/>'s shard; trajectories follow <paramref name="policy"/> when
    /// given (read against <paramref name="situation"/>; from step 1 its values override an axis on the same input).
    /// A cancelled <paramref name="cancellationToken"/> stops the workers between replications and throws
    /// <see cref="OperationCanceledException"/>; no partial result is returned.
    /// </summary>
    public static SweepResult Run(
        Situation situation, ModelPack pack, DynamicsParameters dynamics, IReadOnlyList<SweepAxis> axes, SweepOptions options, IProgress<int>? progress = null, CrisisPolicy? policy = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(situation);
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(dynamics);
        ArgumentNullException.ThrowIfNull(axes);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var targets = axes.Select(a => SweepTarget.Resolve(a.Path, situation)).ToArray();
        var design = SweepPoints.Create(axes, options.Design, options.BaseCount, options.Seed);
        var mine = Enumerable.Range(0, design.Length).Where(p => p % options.ShardCount == options.ShardIndex).ToArray();
        var points = new SweepPoint[mine.Length];
        var transition = new StateTransition(dynamics);
        int done = 0;
        Parallel.For(0, mine.Length, Workers.Options(options.MaxDegreeOfParallelism, cancellationToken), k =>
        {
            int p = mine[k];
            points[k] = RunPoint(situation, pack, targets, design[p], p, transition, options, policy, cancellationToken);
            progress?.Report(Interlocked.Increment(ref done));
        });
        return new SweepResult([.. axes], options, design.Length, [.. points]);
    }

    private static SweepPoint RunPoint(
        Situation situation, ModelPack pack, SweepTarget[] targets, ImmutableArray<double> inputs, int point, StateTransition transition, SweepOptions options, CrisisPolicy? policy, CancellationToken cancellationToken)
    {
        var (s, pk) = (situation, pack);
        for (int i = 0; i < targets.Length; i++)
        {
            (s, pk) = targets[i].Apply(s, pk, inputs[i]);
        }

        var predictor = new Predictor(pk);
        var probabilities = predictor.Predict(s).Probabilities;
        var ends = ImmutableArray<TrajectoryEnd>.Empty;
        if (options.Replications > 0)
        {
            var cache = new SolutionCache(predictor, SimulationOptions.DefaultGrid, MaxCachedStatesPerPoint);
            var first = cache.SolveExact(TrajectoryWorker.Start(s, policy));
            var worker = new TrajectoryWorker(s, transition, cache, first, options.Horizon, policy);
            var builder = ImmutableArray.CreateBuilder<TrajectoryEnd>(options.Replications);
            for (int r = 0; r < options.Replications; r++)
            {
                builder.Add(worker.Run(options.Seed, ((ulong)point * (ulong)options.Replications) + (ulong)r));
            }

            ends = builder.MoveToImmutable();
        }

        return new SweepPoint(point, inputs, probabilities, ends);
    }
}
