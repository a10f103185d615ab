using Brink.Model.Dynamics;
using Brink.Model.Randomness;
using Brink.Model.Situations;

namespace Brink.Analysis.Simulation;

/// <summary>
/// One thread's share of the runs: its own mutable state, key buffer and tallies, reused run after run so a
/// step allocates nothing once the cache is warm. Run i always draws from stream (seed, i). Under a policy, its
/// entries are applied at the start of each step, before solving; step 1's solution (<c>first</c>) must have been
/// solved on the start with step 1's entries applied (<see cref="Start"/>).
/// </summary>
internal sealed class TrajectoryWorker
{
    private readonly CrisisStateBuilder state;
    private readonly StateTransition transition;
    private readonly SolutionCache cache;
    private readonly CachedSolution first;
    private readonly char[] key;
    private readonly int horizon;
    private readonly CrisisPolicy? policy;

    public TrajectoryWorker(Situation start, StateTransition transition, SolutionCache cache, CachedSolution first, int horizon, CrisisPolicy? policy = null)
    {
        state = new CrisisStateBuilder(start);
        this.policy = policy;
        policy?.Bind(state);
        this.transition = transition;
        this.cache = cache;
        this.first = first;
        this.horizon = horizon;
        key = new char[SolutionCache.KeyLength(state)];
        Tally = new SimulationAccumulator(horizon);
    }

    public SimulationAccumulator Tally { get; }

    /// <summary>The state at the start of step 1: <paramref name="start"/> with the policy's step-1 entries applied.</summary>
    public static CrisisStateBuilder Start(Situation start, CrisisPolicy? policy)
    {
        var state = new CrisisStateBuilder(start);
        if (policy is not null)
        {
            policy.Bind(state);
            policy.Apply(state, 1, null);
        }

        return state;
    }

    public TrajectoryEnd Run(ulong seed, int runIndex) => Run(seed, (ulong)runIndex);

    /// <summary>One trajectory from stream (seed, stream); returns how it ended, for per-run rows (sweeps).</summary>
    public TrajectoryEnd Run(ulong seed, ulong stream)
    {
        var rng = Xoshiro256StarStar.ForStream(seed, stream);
        double crisisBelow = transition.Parameters.RegimeCrisisLegitimacy;
        state.Reset();
        Tally.RecordState(0, state);
        var outcome = CrisisOutcome.Stalemate;
        int outcomeStep = 0;
        ResponseCategory? last = null;
        for (int step = 1; step <= horizon; step++)
        {
            policy?.Apply(state, step, last);
            var solution = step == 1 ? first : cache.Get(state, key);
            var response = solution.SampleResponse(rng.NextDouble());
            var reply = solution.SampleReply(response, rng.NextDouble());
            last = response;
            transition.Apply(state, response, reply, solution.AdversaryIndex, ref rng);
            if (outcome == CrisisOutcome.Stalemate)
            {
                outcome = response == ResponseCategory.Major ? CrisisOutcome.War
                    : state.Legitimacy < crisisBelow ? CrisisOutcome.RegimeCrisis
                    : response == ResponseCategory.Concede ? CrisisOutcome.Deal
                    : CrisisOutcome.Stalemate;
                outcomeStep = outcome == CrisisOutcome.Stalemate ? 0 : step;
            }

            Tally.RecordStep(step, response, reply, outcome, state.TriggerKind);
            Tally.RecordState(step, state);
        }

        return new TrajectoryEnd(outcome, outcomeStep, state.Legitimacy);
    }
}
