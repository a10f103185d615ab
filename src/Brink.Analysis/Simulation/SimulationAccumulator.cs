using System.Collections.Immutable;
using Brink.Model.Dynamics;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Analysis.Simulation;

/// <summary>
/// Per-worker tallies merged into one at the end. Everything is integer: counts, 4096-bin histograms on 0..1,
/// and sums in 32.32 fixed point. Integer addition is associative, so the merged totals — hence the reported
/// means and quantiles — are identical whatever the order in which runs finish or workers merge.
/// </summary>
internal sealed class SimulationAccumulator
{
    public const int Bins = 4096;
    private const double FixedPointScale = 4294967296.0;
    private static readonly int VariableCount = Enum.GetValues<StateVariable>().Length;
    private static readonly int OutcomeCount = Enum.GetValues<CrisisOutcome>().Length;
    private static readonly int ReplyCount = Enum.GetValues<AdversaryReply>().Length;
    private static readonly int TriggerCount = Enum.GetValues<TriggerKind>().Length;

    private readonly int horizon;
    private readonly long[] sums;
    private readonly int[] histogram;
    private readonly long[] responses;
    private readonly long[] replies;
    private readonly long[] outcomes;
    private readonly long[] triggers;

    public SimulationAccumulator(int horizon)
    {
        this.horizon = horizon;
        sums = new long[(horizon + 1) * VariableCount];
        histogram = new int[(horizon + 1) * VariableCount * Bins];
        responses = new long[horizon * ResponseCategories.Count];
        replies = new long[horizon * ReplyCount];
        outcomes = new long[horizon * OutcomeCount];
        triggers = new long[horizon * TriggerCount];
    }

    public void RecordState(int step, CrisisStateBuilder state)
    {
        int row = step * VariableCount;
        Record(row + (int)StateVariable.Economy, state.Economy);
        Record(row + (int)StateVariable.Sanctions, state.Sanctions);
        Record(row + (int)StateVariable.Unrest, state.Unrest);
        Record(row + (int)StateVariable.Legitimacy, state.Legitimacy);
        Record(row + (int)StateVariable.DeterrenceCredibility, state.DeterrenceCredibility);
        Record(row + (int)StateVariable.NuclearLatency, state.NuclearLatency);
        Record(row + (int)StateVariable.MeanProxyStrength, state.MeanProxyStrength);
        Record(row + (int)StateVariable.SanctionsBurden, state.Burden);
        Record(row + (int)StateVariable.HardlinerInfluence, state.HardlinerInfluence);
        Record(row + (int)StateVariable.TriggerSeverity, state.TriggerSeverity);
    }

    public void RecordStep(int step, ResponseCategory response, AdversaryReply reply, CrisisOutcome outcome, TriggerKind next)
    {
        triggers[((step - 1) * TriggerCount) + (int)next]++;
        responses[((step - 1) * ResponseCategories.Count) + (int)response]++;
        replies[((step - 1) * ReplyCount) + (int)reply]++;
        outcomes[((step - 1) * OutcomeCount) + (int)outcome]++;
    }

    public void Add(SimulationAccumulator other)
    {
        AddInto(sums, other.sums);
        AddInto(responses, other.responses);
        AddInto(replies, other.replies);
        AddInto(outcomes, other.outcomes);
        AddInto(triggers, other.triggers);
        for (int i = 0; i < histogram.Length; i++)
        {
            histogram[i] += other.histogram[i];
        }
    }

    public SimulationResult ToResult(string situationId, SimulationOptions options, long solverCalls)
    {
        double runs = options.Runs;
        var states = ImmutableArray.CreateBuilder<StateDistributionRow>((horizon + 1) * VariableCount);
        for (int step = 0; step <= horizon; step++)
        {
            foreach (var variable in Enum.GetValues<StateVariable>())
            {
                int series = (step * VariableCount) + (int)variable;
                var q = Quantiles(histogram.AsSpan(series * Bins, Bins), options.Runs);
                states.Add(new StateDistributionRow(step, SimulationNames.Name(variable), sums[series] / FixedPointScale / runs, q[0], q[1], q[2], q[3], q[4]));
            }
        }

        return new SimulationResult
        {
            SituationId = situationId,
            Options = options,
            SolverCalls = solverCalls,
            States = states.MoveToImmutable(),
            Outcomes = Rows(outcomes, Enum.GetValues<CrisisOutcome>(), SimulationNames.Name, runs, (s, n, c, f) => new OutcomeShareRow(s, n, c, f)),
            Responses = Rows(responses, [.. ResponseCategories.All], ResponseCategories.Name, runs, (s, n, c, f) => new ResponseFrequencyRow(s, n, c, f)),
            Replies = Rows(replies, Enum.GetValues<AdversaryReply>(), SimulationNames.Name, runs, (s, n, c, f) => new ReplyFrequencyRow(s, n, c, f)),
            Hazards = OutcomeTiming.Hazards(outcomes, horizon, options.Runs),
            TimesToOutcome = OutcomeTiming.Times(outcomes, horizon, options.Runs),
            Triggers = Rows(triggers, Enum.GetValues<TriggerKind>(), TriggerKindNames.Name, runs, (s, n, c, f) => new TriggerFrequencyRow(s, n, c, f)),
        };
    }

    private void Record(int series, double value)
    {
        sums[series] += (long)((value * FixedPointScale) + 0.5);
        int bin = Math.Min((int)(value * Bins), Bins - 1);
        histogram[(series * Bins) + bin]++;
    }

    // Nearest-rank quantiles (rank ⌈pN⌉), reported at the centre of the bin holding that rank.
    private static double[] Quantiles(ReadOnlySpan<int> bins, int runs)
    {
        double[] levels = [0.05, 0.25, 0.50, 0.75, 0.95];
        var result = new double[levels.Length];
        long cumulative = 0;
        int next = 0;
        for (int bin = 0; bin < bins.Length && next < levels.Length; bin++)
        {
            cumulative += bins[bin];
            while (next < levels.Length && cumulative >= Math.Max(1, (long)Math.Ceiling(levels[next] * runs)))
            {
                result[next++] = (bin + 0.5) / Bins;
            }
        }

        return result;
    }

    private static ImmutableArray<TRow> Rows<TKey, TRow>(long[] counts, TKey[] keys, Func<TKey, string> name, double runs, Func<int, string, long, double, TRow> row)
    {
        var rows = ImmutableArray.CreateBuilder<TRow>(counts.Length);
        for (int i = 0; i < counts.Length; i++)
        {
            rows.Add(row((i / keys.Length) + 1, name(keys[i % keys.Length]), counts[i], counts[i] / runs));
        }

        return rows.MoveToImmutable();
    }

    private static void AddInto(long[] target, long[] source)
    {
        for (int i = 0; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }
}
