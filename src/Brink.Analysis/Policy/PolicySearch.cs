using System.Collections.Immutable;
using Brink.Analysis.Simulation;
using Brink.Games.Solvers.Lemke;
using Brink.Model.Dynamics;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Analysis.Policy;

/// <summary>
/// <c>brink optimize --policy-space FILE</c> (issue 11, item 5): simulate every schedule of a policy space and pick
/// the least warlike one that reaches a target chance of a deal within the horizon. Every schedule runs with the
/// same seed, so two schedules are compared on the same random streams (common random numbers) and a difference
/// between them is the schedules', not the draws'. Deterministic at any thread count, as the simulator is.
/// </summary>
public static class PolicySearch
{
    /// <summary>Searches the whole grid of <paramref name="space"/>.</summary>
    public static PolicySearchResult Search(
        Situation start,
        IDecisionSolver solver,
        DynamicsParameters dynamics,
        PolicySpace space,
        SimulationOptions options,
        double targetDeal)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(options);
        if (!(targetDeal is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(targetDeal), targetDeal, "The target deal share must be in (0, 1].");
        }

        var points = ImmutableArray.CreateBuilder<PolicySearchPoint>((int)space.PointCount);
        for (long index = 0; index < space.PointCount; index++)
        {
            var values = space.Values(index);
            var result = Simulator.Run(start, solver, dynamics, options, policy: space.Instantiate(values, start, options.Horizon));
            double Share(CrisisOutcome outcome) => result.Outcomes.Single(o => o.Step == options.Horizon && o.Outcome == SimulationNames.Name(outcome)).Share;
            var deal = result.TimesToOutcome.Single(t => t.Outcome == SimulationNames.Name(CrisisOutcome.Deal));
            points.Add(new PolicySearchPoint(values, Share(CrisisOutcome.War), Share(CrisisOutcome.Deal), Share(CrisisOutcome.RegimeCrisis), deal.Median));
        }

        var all = points.MoveToImmutable();
        PolicySearchPoint? best = null;
        foreach (var point in all.Where(p => p.Deal >= targetDeal))
        {
            if (best is null || point.War < best.War || (point.War == best.War && point.Deal > best.Deal))
            {
                best = point;
            }
        }

        return new PolicySearchResult([.. space.Parameters.Select(p => p.Name)], targetDeal, options.Runs, options.Horizon, options.Seed, all, best);
    }
}
