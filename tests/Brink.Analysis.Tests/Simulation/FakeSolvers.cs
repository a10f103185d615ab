using System.Collections.Concurrent;
using System.Collections.Immutable;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Analysis.Tests.Simulation;

/// <summary>The same answer for every situation; remembers what it was asked.</summary>
internal sealed class FixedSolver(double[] focal, double[] reply, string adversaryId = "rival") : IDecisionSolver
{
    public ConcurrentQueue<Situation> Asked { get; } = new();

    public static FixedSolver Always(ResponseCategory response, AdversaryReply reply)
    {
        var focal = new double[ResponseCategories.Count];
        focal[(int)response] = 1;
        var replies = new double[3];
        replies[(int)reply] = 1;
        return new FixedSolver(focal, replies);
    }

    public DecisionSolution Solve(Situation situation)
    {
        Asked.Enqueue(situation);
        return new DecisionSolution(
            ResponseDistribution.Create(focal),
            adversaryId,
            [.. Enumerable.Repeat(reply.ToImmutableArray(), ResponseCategories.Count)]);
    }
}

/// <summary>
/// A cheap stand-in for the decision model whose answer moves with the state, so trajectories diverge and the
/// cache is exercised: pain pushes toward concession, low credibility toward a visible reply, unrest toward a
/// crackdown; the adversary escalates more against overt moves.
/// </summary>
internal sealed class StateDrivenSolver : IDecisionSolver
{
    private int calls;

    public int Calls => calls;

    public DecisionSolution Solve(Situation situation)
    {
        Interlocked.Increment(ref calls);
        var s = situation.State;
        double pain = s.Sanctions * (1 - s.Economy);
        double[] scores =
        [
            0.2 + pain,
            1.0,
            0.1 + s.Unrest,
            0.2 + s.NuclearLatency * 0.5,
            0.2 + s.Proxies.Select(p => p.Strength).DefaultIfEmpty(0).Average(),
            0.1 + (1 - s.DeterrenceCredibility) * 0.6,
            0.05 + (situation.Trigger.Severity * 0.1),
        ];
        double total = scores.Sum();
        var replies = ResponseCategories.All
            .Select(r => (ImmutableArray<double>)[0.5 - ((int)r * 0.05), 0.3, 0.2 + ((int)r * 0.05)])
            .ToImmutableArray();
        return new DecisionSolution(ResponseDistribution.Create(scores.Select(x => x / total).ToArray()), "rival", replies);
    }
}
