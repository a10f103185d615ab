using Brink.Model.Dynamics;
using Brink.Model.Randomness;
using Brink.Model.Situations;

namespace Brink.Analysis.Simulation;

/// <summary>
/// One thread's share of the runs: its own mutable state, key buffer and tallies, reused run after run so a
/// step allocates nothing once the cache is warm. Run i always draws from stream (seed, i).
/// </summary>
internal sealed class TrajectoryWorker
{
    private readonly CrisisStateBuilder state;
    private readonly StateTransition transition;
    private readonly SolutionCache cache;
    private readonly CachedSolution first;
    private readonly char[] key;
    private readonly int horizon;

    public TrajectoryWorker(Situation start, StateTransition transition, SolutionCache cache, CachedSolution first, int horizon)
    {
        state = new CrisisStateBuilder(start);
        this.transition = transition;
        this.cache = cache;
        this.first = first;
        this.horizon = horizon;
        key = new char[SolutionCache.KeyLength(state)];
        Tally = new SimulationAccumulator(horizon);
    }

    public SimulationAccumulator Tally { get; }

    public void Run(ulong seed, int runIndex)
    {
        var rng = Xoshiro256StarStar.ForStream(seed, (ulong)runIndex);
        double crisisBelow = transition.Parameters.RegimeCrisisLegitimacy;
        state.Reset();
        Tally.RecordState(0, state);
        var outcome = CrisisOutcome.Stalemate;
        for (int step = 1; step <= horizon; step++)
        {
            var solution = step == 1 ? first : cache.Get(state, key);
            var response = solution.SampleResponse(rng.NextDouble());
            var reply = solution.SampleReply(response, rng.NextDouble());
            transition.Apply(state, response, reply, solution.AdversaryIndex, ref rng);
            if (outcome == CrisisOutcome.Stalemate)
            {
                outcome = response == ResponseCategory.Major ? CrisisOutcome.War
                    : state.Legitimacy < crisisBelow ? CrisisOutcome.RegimeCrisis
                    : response == ResponseCategory.Concede ? CrisisOutcome.Deal
                    : CrisisOutcome.Stalemate;
            }

            Tally.RecordStep(step, response, reply, outcome);
            Tally.RecordState(step, state);
        }
    }
}
