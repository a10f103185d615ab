using System.Collections.Immutable;

namespace Brink.Analysis.Simulation;

/// <summary>
/// Hazards and times to outcome, read off the cumulative outcome counts. Outcomes are absorbing, so the runs that
/// reach outcome k in step t are count_k(t) − count_k(t − 1), and those at risk in step t are the stalemates after
/// step t − 1 (all runs before step 1). Everything is integer arithmetic on the merged counts, so these tables are
/// as thread-count independent as the counts.
/// </summary>
internal static class OutcomeTiming
{
    /// <summary>Name of the "any decisive outcome" rows.</summary>
    public const string Any = "any";

    private static readonly CrisisOutcome[] Decisive = [CrisisOutcome.War, CrisisOutcome.Deal, CrisisOutcome.RegimeCrisis];

    /// <summary>Per step and decisive outcome (then <c>any</c>), the hazard. <paramref name="cumulative"/> is step-major, enum-minor.</summary>
    public static ImmutableArray<OutcomeHazardRow> Hazards(long[] cumulative, int horizon, long runs)
    {
        int outcomes = Enum.GetValues<CrisisOutcome>().Length;
        var rows = ImmutableArray.CreateBuilder<OutcomeHazardRow>(horizon * (Decisive.Length + 1));
        for (int step = 1; step <= horizon; step++)
        {
            long atRisk = step == 1 ? runs : cumulative[((step - 2) * outcomes) + (int)CrisisOutcome.Stalemate];
            long all = 0;
            foreach (var outcome in Decisive)
            {
                long events = New(cumulative, outcomes, step, outcome);
                all += events;
                rows.Add(new OutcomeHazardRow(step, SimulationNames.Name(outcome), atRisk, events, Ratio(events, atRisk)));
            }

            rows.Add(new OutcomeHazardRow(step, Any, atRisk, all, Ratio(all, atRisk)));
        }

        return rows.MoveToImmutable();
    }

    /// <summary>Per decisive outcome (then <c>any</c>), how many runs reach it and when.</summary>
    public static ImmutableArray<OutcomeTimeRow> Times(long[] cumulative, int horizon, long runs)
    {
        int outcomes = Enum.GetValues<CrisisOutcome>().Length;
        var rows = ImmutableArray.CreateBuilder<OutcomeTimeRow>(Decisive.Length + 1);
        var any = new long[horizon];
        foreach (var outcome in Decisive)
        {
            var events = new long[horizon];
            for (int step = 1; step <= horizon; step++)
            {
                events[step - 1] = New(cumulative, outcomes, step, outcome);
                any[step - 1] += events[step - 1];
            }

            rows.Add(Row(SimulationNames.Name(outcome), events, runs));
        }

        rows.Add(Row(Any, any, runs));
        return rows.MoveToImmutable();
    }

    private static long New(long[] cumulative, int outcomes, int step, CrisisOutcome outcome)
    {
        long now = cumulative[((step - 1) * outcomes) + (int)outcome];
        long before = step == 1 ? 0 : cumulative[((step - 2) * outcomes) + (int)outcome];
        return now - before;
    }

    private static OutcomeTimeRow Row(string name, long[] events, long runs)
    {
        long reached = events.Sum();
        return new OutcomeTimeRow(name, reached, Ratio(reached, runs), Rank(events, reached, 1, 4), Rank(events, reached, 1, 2), Rank(events, reached, 3, 4), Rank(events, runs, 1, 2));
    }

    // Nearest rank: the first step whose cumulative count reaches ⌈(numerator / denominator) · total⌉; null past the horizon.
    private static int? Rank(long[] events, long total, long numerator, long denominator)
    {
        if (total == 0)
        {
            return null;
        }

        long rank = Math.Max(1, ((numerator * total) + denominator - 1) / denominator);
        long cumulative = 0;
        for (int i = 0; i < events.Length; i++)
        {
            cumulative += events[i];
            if (cumulative >= rank)
            {
                return i + 1;
            }
        }

        return null;
    }

    private static double Ratio(long count, long total) => total == 0 ? 0 : (double)count / total;
}
