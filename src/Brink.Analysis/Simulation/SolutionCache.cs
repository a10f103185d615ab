using System.Collections.Concurrent;
using Brink.Model.Dynamics;
using Brink.Model.Prediction;

namespace Brink.Analysis.Simulation;

/// <summary>
/// Memoises the solver per distinct rounded state. The key is the rounded state packed one value per character:
/// trigger (kind, initiator, severity level, overt/on-soil/war/first-step flags), election clocks, the six state
/// levels (sanctions as felt: the burden, <see cref="CrisisStateBuilder.ToDecisionPoint"/>), hard-liner influence,
/// each partner's level, each adversary's engagement and resolve levels and, under a policy, each pinned input's
/// level. Attributes the dynamics never change (adversaries' threat and rhetoric, parity, third parties, mediator)
/// come from the start and stay out of the key. On a miss the solver sees the rounded situation, so a cached answer is a pure
/// function of its key whichever thread computed it first — which keeps results identical at any thread count.
/// Lookups go through a span, so a hit allocates nothing. Past <c>capacity</c> entries new states are solved
/// without being stored; since an answer depends only on its key, that changes speed and memory, never results.
/// </summary>
internal sealed class SolutionCache(IDecisionSolver solver, double grid, int capacity)
{
    private const int FixedFields = 12;

    // Lock stripes for the adds (most steps miss and add): with the default, one stripe per core, two workers
    // kept meeting on the same lock.
    private const int Stripes = 64;

    // Sized for its bound up front (at most 2^20 buckets until it grows): growing took every lock and rehashed the
    // whole table while the other workers waited, several times per run.
    private readonly ConcurrentDictionary<string, CachedSolution> entries =
        new(Stripes, (int)Math.Min(1 << 20, capacity + ((long)capacity / 2)), StringComparer.Ordinal);
    private long solverCalls;

    // ConcurrentDictionary.Count takes every lock; a separate counter keeps the bound check lock-free.
    private long stored;

    public long SolverCalls => Interlocked.Read(ref solverCalls);

    public static int KeyLength(CrisisStateBuilder state) => FixedFields + state.ProxyCount + (3 * state.AdversaryCount) + state.PinCount;

    /// <summary>The exact (unrounded) solution, used for the first decision point.</summary>
    public CachedSolution SolveExact(CrisisStateBuilder state) => Prepare(solver.Solve(state.ToDecisionPoint()), state);

    public CachedSolution Get(CrisisStateBuilder state, Span<char> scratch)
    {
        // A cache that may store nothing (a sweep point's) would only key and miss on every decision.
        if (capacity == 0)
        {
            return Prepare(solver.Solve(state.ToDecisionPoint(grid)), state);
        }

        var key = WriteKey(state, scratch);
        var lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var solution = Prepare(solver.Solve(state.ToDecisionPoint(grid)), state);
        if (Interlocked.Read(ref stored) < capacity && entries.TryAdd(new string(key), solution))
        {
            Interlocked.Increment(ref stored);
        }

        return solution;
    }

    private CachedSolution Prepare(DecisionSolution solution, CrisisStateBuilder state)
    {
        Interlocked.Increment(ref solverCalls);
        return new(solution, state.AdversaryIndex(solution.AdversaryId));
    }

    private ReadOnlySpan<char> WriteKey(CrisisStateBuilder state, Span<char> key)
    {
        int flags = (state.TriggerOvert ? 1 : 0) | (state.TriggerOnSoil ? 2 : 0) | (state.WarOngoing ? 4 : 0) | (state.MonthsElapsed == 0 ? 8 : 0);
        int n = 0;
        key[n++] = (char)state.TriggerKind;
        key[n++] = (char)(state.TriggerInitiatorIndex - TriggerInitiator.Original);
        key[n++] = Level(state.TriggerSeverity);
        key[n++] = (char)flags;
        key[n++] = (char)(state.OwnElectionMonths + 1);
        key[n++] = Level(state.Economy);
        key[n++] = Level(state.Burden);
        key[n++] = Level(state.HardlinerInfluence);
        key[n++] = Level(state.Unrest);
        key[n++] = Level(state.Legitimacy);
        key[n++] = Level(state.DeterrenceCredibility);
        key[n++] = Level(state.NuclearLatency);
        for (int i = 0; i < state.ProxyCount; i++)
        {
            key[n++] = Level(state.ProxyStrength(i));
        }

        for (int i = 0; i < state.AdversaryCount; i++)
        {
            key[n++] = (char)(state.ElectionMonths(i) + 1);
            key[n++] = Level(state.Engagement(i));
            key[n++] = Level(state.Resolve(i));
        }

        // A policy's pins enter the key (0 when unpinned): they may set attributes the dynamics never move.
        for (int i = 0; i < state.PinCount; i++)
        {
            double pin = state.Pin(i);
            key[n++] = double.IsNaN(pin) ? (char)0 : (char)(Level(pin) + 1);
        }

        return key[..n];
    }

    private char Level(double value) => (char)CrisisStateBuilder.Level(value, grid);
}
