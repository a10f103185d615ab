using Brink.Model.Dynamics;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Analysis.Simulation;

/// <summary>
/// Monte Carlo crisis trajectories (<c>brink simulate</c>): from a starting decision point, each run samples the
/// focal response and the adversary's reply from the solved game, moves the state with the pack's dynamics and
/// draws the next trigger, for <see cref="SimulationOptions.Horizon"/> steps. Deterministic: run i uses the
/// random stream (seed, i) and every tally is an integer sum, so the result is identical at any thread count.
/// </summary>
public static class Simulator
{
    // Small enough to balance two to eight workers, large enough that scheduling costs nothing.
    private const int RunsPerChunk = 512;

    /// <summary>
    /// Simulates; <paramref name="progress"/>, when given, receives the number of completed runs. Under
    /// <paramref name="policy"/> (read against <paramref name="start"/>) its schedule sets inputs at the start of steps.
    /// A cancelled <paramref name="cancellationToken"/> stops the workers between runs and throws
    /// <see cref="OperationCanceledException"/>: nothing is returned, so no partial result can be mistaken for a whole one.
    /// </summary>
    public static SimulationResult Run(
        Situation start,
        IDecisionSolver solver,
        DynamicsParameters dynamics,
        SimulationOptions options,
        IProgress<int>? progress = null,
        CrisisPolicy? policy = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(dynamics);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var transition = new StateTransition(dynamics);
        // No more entries than decisions: a small run's cache is sized (and allocated) small.
        var cache = new SolutionCache(solver, options.Grid, (int)Math.Min(options.MaxCachedStates, (long)options.Runs * options.Horizon));
        var first = cache.SolveExact(TrajectoryWorker.Start(start, policy));
        var total = new SimulationAccumulator(options.Horizon);
        var gate = new object();
        int completed = 0;
        int chunks = (int)((options.Runs + (long)RunsPerChunk - 1) / RunsPerChunk);

        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = options.WorkerCount(), CancellationToken = cancellationToken },
            () => new TrajectoryWorker(start, transition, cache, first, options.Horizon, policy),
            (chunk, _, worker) =>
            {
                int from = chunk * RunsPerChunk;
                int to = (int)Math.Min(options.Runs, (long)from + RunsPerChunk);
                for (int run = from; run < to; run++)
                {
                    // A chunk of long trajectories takes seconds; checking per run keeps a cancel prompt.
                    cancellationToken.ThrowIfCancellationRequested();
                    worker.Run(options.Seed, run);
                }

                int done = Interlocked.Add(ref completed, to - from);
                progress?.Report(done);
                return worker;
            },
            worker =>
            {
                lock (gate)
                {
                    total.Add(worker.Tally);
                }
            });

        return total.ToResult(start.Id, options, cache.SolverCalls);
    }
}
