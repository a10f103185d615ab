using Brink.Model.Dynamics;
using Brink.Model.Prediction;
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
            // Seven draws a step on every path: response, misreading, reply, then the trigger's four.
            var response = solution.SampleResponse(rng.NextDouble());
            var perceived = transition.Perceive(state, response, rng.NextDouble());
            var reply = solution.SampleReply(perceived, rng.NextDouble());
            last = response;
            transition.Apply(state, response, perceived, reply, solution.AdversaryIndex, ref rng);
            if (outcome == CrisisOutcome.Stalemate)
            {
                outcome = Outcome(perceived, reply, state.Legitimacy < crisisBelow);
                outcomeStep = outcome == CrisisOutcome.Stalemate ? 0 : step;
            }

            Tally.RecordStep(step, response, reply, outcome, state.TriggerKind);
            Tally.RecordState(step, state);
        }

        return new TrajectoryEnd(outcome, outcomeStep, state.Legitimacy);
    }

    /// <summary>
    /// The outcome a step reaches, by states that last rather than by one draw: open war is a major move (as the
    /// adversary read it) answered by escalation; a deal is a concession the adversary accepts by backing down; a
    /// regime crisis is legitimacy below the pack's threshold. Within a step war beats a regime crisis, which beats a deal.
    /// </summary>
    internal static CrisisOutcome Outcome(ResponseCategory perceived, AdversaryReply reply, bool legitimacyBroken) =>
        perceived == ResponseCategory.Major && reply == AdversaryReply.Escalate ? CrisisOutcome.War
        : legitimacyBroken ? CrisisOutcome.RegimeCrisis
        : perceived == ResponseCategory.Concede && reply == AdversaryReply.BackDown ? CrisisOutcome.Deal
        : CrisisOutcome.Stalemate;
}
