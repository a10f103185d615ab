using System.Collections.Immutable;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Bench.Simulation;

/// <summary>
/// A stand-in for the decision model costing microseconds: a softmax over linear scores of the state, with
/// replies that escalate more against higher rungs. Until the lead plugs in the real predictor it isolates the
/// engine's own cost (sampling, dynamics, cache, tallies).
/// </summary>
public sealed class CheapSolver : IDecisionSolver
{
    /// <inheritdoc />
    public DecisionSolution Solve(Situation situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        var s = situation.State;
        double pain = s.Sanctions * (1 - s.Economy);
        double proxies = s.Proxies.IsEmpty ? 0 : s.Proxies.Average(p => p.Strength);
        double[] scores =
        [
            2 * pain,
            1,
            s.Unrest * 1.5,
            s.NuclearLatency,
            proxies,
            1 - s.DeterrenceCredibility,
            situation.Trigger.Severity - 0.5,
        ];
        double[] weights = [.. scores.Select(Math.Exp)];
        double total = weights.Sum();
        var replies = ResponseCategories.All
            .Select(r => (ImmutableArray<double>)[0.5 - ((int)r * 0.05), 0.3, 0.2 + ((int)r * 0.05)])
            .ToImmutableArray();
        return new DecisionSolution(ResponseDistribution.Create([.. weights.Select(w => w / total)]), s.Adversaries.IsEmpty ? "none" : s.Adversaries[0].Id, replies);
    }
}
