using System.Collections.Immutable;
using Brink.Analysis.Simulation;
using Brink.Model.Dynamics;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Randomness;
using Brink.Model.Situations;
using Brink.Model.Uncertainty;

namespace Brink.Analysis.Policy;

/// <summary>
/// <c>brink optimize --policy-space FILE</c> (issue 11, item 5): simulate every schedule of a policy space and pick
/// the least warlike one that reaches a target chance of a deal within the horizon, robust over the fit's
/// uncertainty. Each schedule is simulated once per parameter vector drawn from the fit's posterior approximation
/// (<see cref="ParameterDistribution"/>, as <c>brink predict</c>'s intervals); it counts as reaching the target only
/// if its deal share does so in at least the required share of the draws, and among those the lowest mean war
/// share wins. Every schedule and every draw runs with the same seed, so schedules are compared on the same
/// random streams (common random numbers) and a difference between them is the schedules', not the draws'. Draw d
/// comes from the stream (seed, 2⁶³ + d), which no run index reaches. Deterministic at any thread count, as the
/// simulator is.
/// </summary>
public static class PolicySearch
{
    /// <summary>Offset of the parameter draws' streams, above every run's stream index.</summary>
    public const ulong DrawStreams = 1UL << 63;

    private const int CurveTargets = 19;

    /// <summary>Searches the whole grid of <paramref name="space"/>.</summary>
    public static PolicySearchResult Search(
        Situation start,
        ModelPack pack,
        DynamicsParameters dynamics,
        PolicySpace space,
        SimulationOptions options,
        PolicySearchOptions search)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(search);
        search.Validate();
        options.Validate();

        // A pack without a fitted block carries no uncertainty: the search falls back to its point estimate.
        var distribution = search.Draws > 0 ? ParameterDistribution.FromPack(pack) : null;
        var solvers = Solvers(pack, distribution, search.Draws, options.Seed);
        double required = distribution is null ? 1 : search.RequiredShare;
        var schedules = new List<Schedule>((int)space.PointCount);
        for (long index = 0; index < space.PointCount; index++)
        {
            var values = space.Values(index);
            var policy = space.Instantiate(values, start, options.Horizon);
            var runs = solvers.Select(solver => Simulator.Run(start, solver, dynamics, options, policy: policy)).ToArray();
            schedules.Add(Summarise(values, runs, options.Horizon, search.TargetDeal));
        }

        var best = Best(schedules, search.TargetDeal, required);
        var curve = Enumerable.Range(1, CurveTargets)
            .Select(k => Math.Round(k * 0.05, 2))
            .Select(target => (target, schedule: Best(schedules, target, required)))
            .Where(p => p.schedule is not null)
            .Select(p => new PolicySearchTradeOff(p.target, p.schedule!.Point))
            .ToImmutableArray();
        return new PolicySearchResult(
            [.. space.Parameters.Select(p => p.Name)],
            search.TargetDeal,
            required,
            distribution is null ? 0 : search.Draws,
            distribution?.Source,
            options.Runs,
            options.Horizon,
            options.Seed,
            [.. schedules.Select(s => s.Point)],
            best?.Point,
            best is null ? null : space.Text(best.Point.Values),
            curve);
    }

    /// <summary>
    /// Whether <paramref name="reached"/> draws out of <paramref name="draws"/> make up <paramref name="required"/>
    /// of them (a point estimate is one draw that must reach).
    /// </summary>
    public static bool Enough(int reached, int draws, double required) =>
        reached >= Math.Max(1, Math.Ceiling((required * draws) - 1e-9));

    // One solver per draw: the pack at draw d's parameter values, or the pack itself for a point estimate.
    private static IDecisionSolver[] Solvers(ModelPack pack, ParameterDistribution? distribution, int draws, ulong seed)
    {
        if (distribution is null)
        {
            return [new Predictor(pack)];
        }

        var solvers = new IDecisionSolver[draws];
        var values = new double[distribution.Mean.Length];
        for (int d = 0; d < draws; d++)
        {
            var rng = Xoshiro256StarStar.ForStream(seed, DrawStreams + (ulong)d);
            distribution.Draw(ref rng, values);
            solvers[d] = new Predictor(pack.WithFreeValues(values));
        }

        return solvers;
    }

    private static Schedule Summarise(ImmutableArray<double> values, SimulationResult[] runs, int horizon, double target)
    {
        ImmutableArray<double> Shares(CrisisOutcome outcome)
        {
            string name = SimulationNames.Name(outcome);
            return [.. runs.Select(r => r.Outcomes.Single(o => o.Step == horizon && o.Outcome == name).Share)];
        }

        var deals = Shares(CrisisOutcome.Deal);
        string deal = SimulationNames.Name(CrisisOutcome.Deal);
        var medians = runs.Select(r => r.TimesToOutcome.Single(t => t.Outcome == deal).Median).OfType<int>().Order().ToArray();
        int reached = deals.Count(d => d >= target);
        var point = new PolicySearchPoint(
            values,
            OutcomeSpread.Of(Shares(CrisisOutcome.War)),
            OutcomeSpread.Of(deals),
            OutcomeSpread.Of(Shares(CrisisOutcome.RegimeCrisis)),
            (double)reached / runs.Length,
            medians.Length == 0 ? null : medians[(medians.Length - 1) / 2]);
        return new Schedule(point, deals);
    }

    // The least warlike schedule (mean war share) reaching the target in enough draws; ties: more deals, then the earlier.
    private static Schedule? Best(List<Schedule> schedules, double target, double required)
    {
        Schedule? best = null;
        foreach (var schedule in schedules)
        {
            if (!Enough(schedule.Deals.Count(d => d >= target), schedule.Deals.Length, required))
            {
                continue;
            }

            var (war, deal) = (schedule.Point.War.Mean, schedule.Point.Deal.Mean);
            if (best is null || war < best.Point.War.Mean || (war == best.Point.War.Mean && deal > best.Point.Deal.Mean))
            {
                best = schedule;
            }
        }

        return best;
    }

    // A schedule's point and its deal share per draw, kept to judge other targets for the trade-off curve.
    private sealed record Schedule(PolicySearchPoint Point, ImmutableArray<double> Deals);
}
