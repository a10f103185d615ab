using System.Collections.Immutable;
using Brink.Games.ExtensiveForm;
using Brink.Games.Solvers;

namespace Brink.Model.Games;

/// <summary>
/// Agent logit QRE by damped fixed-point iteration: at every information set, σ(a) ∝ exp(λ · Q(a)), where Q is
/// the expected payoff of the set's player over the set's nodes weighted by their reach under the current
/// profile. Stands in for the game core's <c>Logit.QreAtLambda</c> until that lands; decision-point games are two
/// moves deep, so the iteration converges in a handful of sweeps.
/// </summary>
internal sealed class LocalAgentQre : IQreBackend
{
    private const int MaxSweeps = 500;
    private const double Tolerance = 1e-12;

    public static LocalAgentQre Instance { get; } = new();

    public Profile Solve(ExtensiveFormGame game, double lambda)
    {
        ArgumentNullException.ThrowIfNull(game);
        var sets = game.InformationSets;
        var sigma = new double[sets.Length][];
        for (int i = 0; i < sets.Length; i++)
        {
            sigma[i] = sets[i].IsChance
                ? [.. sets[i].Probabilities.Select(p => p.ToDouble())]
                : [.. Enumerable.Repeat(1.0 / sets[i].ActionCount, sets[i].ActionCount)];
        }

        int players = game.PlayerCount;
        var reach = new double[game.Nodes.Length];
        var value = new double[game.Nodes.Length * players];
        for (int sweep = 0; sweep < MaxSweeps; sweep++)
        {
            Evaluate(game, sigma, reach, value, players);
            double change = 0;
            double damping = sweep < 50 ? 1 : 0.5;
            foreach (var set in sets)
            {
                if (set.IsChance)
                {
                    continue;
                }

                double[] next = LogitResponse(game, set, reach, value, players, lambda);
                double[] current = sigma[set.Index];
                for (int a = 0; a < next.Length; a++)
                {
                    double updated = current[a] + (damping * (next[a] - current[a]));
                    change = Math.Max(change, Math.Abs(updated - current[a]));
                    current[a] = updated;
                }
            }

            if (change < Tolerance)
            {
                break;
            }
        }

        var segments = new List<IEnumerable<double>>();
        for (int p = 1; p <= players; p++)
        {
            segments.AddRange(game.PlayerInformationSets[p].Select(i => (IEnumerable<double>)sigma[i]));
        }

        return Profile.FromDoubles(ProfileKind.Behaviour, segments);
    }

    private static void Evaluate(ExtensiveFormGame game, double[][] sigma, double[] reach, double[] value, int players)
    {
        var nodes = game.Nodes;
        reach[0] = 1;
        for (int n = 0; n < nodes.Length; n++)
        {
            var node = nodes[n];
            for (int a = 0; a < node.Children.Length; a++)
            {
                reach[node.Children[a]] = reach[n] * sigma[node.InformationSet][a];
            }
        }

        for (int n = nodes.Length - 1; n >= 0; n--)
        {
            var node = nodes[n];
            var slot = value.AsSpan(n * players, players);
            if (node.Kind == NodeKind.Terminal)
            {
                game.TerminalPayoffsAsDouble[n].AsSpan().CopyTo(slot);
                continue;
            }

            slot.Clear();
            for (int a = 0; a < node.Children.Length; a++)
            {
                double p = sigma[node.InformationSet][a];
                var child = value.AsSpan(node.Children[a] * players, players);
                for (int i = 0; i < players; i++)
                {
                    slot[i] += p * child[i];
                }
            }
        }
    }

    private static double[] LogitResponse(ExtensiveFormGame game, InformationSet set, double[] reach, double[] value, int players, double lambda)
    {
        int player = set.Player - 1;
        double[] q = new double[set.ActionCount];
        double total = set.Members.Sum(m => reach[m]);
        foreach (int member in set.Members)
        {
            double weight = total > 0 ? reach[member] / total : 1.0 / set.Members.Length;
            var children = game.Nodes[member].Children;
            for (int a = 0; a < q.Length; a++)
            {
                q[a] += weight * value[(children[a] * players) + player];
            }
        }

        double max = q.Max();
        double sum = 0;
        for (int a = 0; a < q.Length; a++)
        {
            q[a] = Math.Exp(lambda * (q[a] - max));
            sum += q[a];
        }

        for (int a = 0; a < q.Length; a++)
        {
            q[a] /= sum;
        }

        return q;
    }
}
