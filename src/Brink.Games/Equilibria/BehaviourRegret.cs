using Brink.Games.ExtensiveForm;
using Brink.Games.Numerics;
using Brink.Games.Profiles;

namespace Brink.Games.Equilibria;

/// <summary>
/// How much a player could gain by deviating from a behaviour profile of a perfect-recall tree: the best reply
/// is found by backward induction over the player's information sets (a best reply can always be pure), exactly. Used to
/// check that a solver's profile is an equilibrium: zero for exact solvers, tiny for floating ones.
/// </summary>
public static class BehaviourRegret
{
    /// <summary>max over players of (best reply value − current value), exactly.</summary>
    public static Rational MaxRegret(ReducedNormalForm reduced, Profile profile)
    {
        ArgumentNullException.ThrowIfNull(reduced);
        return MaxRegret(reduced.Game, profile);
    }

    /// <summary>max over players of (best reply value − current value), exactly; the tree needs perfect recall.</summary>
    public static Rational MaxRegret(ExtensiveFormGame game, Profile profile)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(profile);
        var sigma = Behaviour(game, profile);
        var current = Value(game, game.Root.Index, sigma, -1, null, Rational.One);
        var worst = Rational.Zero;
        for (int p = 0; p < game.PlayerCount; p++)
        {
            var regret = new BestReply(game, sigma, p).Value() - current[p];
            worst = regret > worst ? regret : worst;
        }

        return worst;
    }

    /// <summary>
    /// A player's best-reply value by backward induction over its information sets: the value of a subtree is
    /// weighted by the probability that chance and the others reach it, so at each set the best action
    /// maximises the sum over the set's nodes; perfect recall makes every later own set lie below one action.
    /// </summary>
    private sealed class BestReply(ExtensiveFormGame game, Rational[][] sigma, int player)
    {
        private readonly Rational?[] weighted = new Rational?[game.Nodes.Length];
        private readonly int[] best = Enumerable.Repeat(-1, game.InformationSets.Length).ToArray();
        private readonly Rational[] reach = Reach(game, sigma, player);

        public Rational Value() => Weighted(game.Root.Index);

        private static Rational[] Reach(ExtensiveFormGame game, Rational[][] sigma, int player)
        {
            var reach = new Rational[game.Nodes.Length];
            reach[game.Root.Index] = Rational.One;
            var stack = new Stack<int>([game.Root.Index]);
            while (stack.Count > 0)
            {
                int node = stack.Pop();
                var n = game.Nodes[node];
                if (n.Kind == NodeKind.Terminal)
                {
                    continue;
                }

                var set = game.InformationSets[n.InformationSet];
                for (int a = 0; a < n.Children.Length; a++)
                {
                    var p = set.IsChance ? set.Probabilities[a] : set.Player - 1 == player ? Rational.One : sigma[set.Index][a];
                    reach[n.Children[a]] = reach[node] * p;
                    stack.Push(n.Children[a]);
                }
            }

            return reach;
        }

        private Rational Weighted(int node)
        {
            if (weighted[node] is { } known)
            {
                return known;
            }

            var n = game.Nodes[node];
            Rational value;
            if (n.Kind == NodeKind.Terminal)
            {
                value = reach[node] * game.PathPayoffs(node)[player];
            }
            else
            {
                var set = game.InformationSets[n.InformationSet];
                if (!set.IsChance && set.Player - 1 == player)
                {
                    value = Weighted(n.Children[Best(set)]);
                }
                else
                {
                    value = Rational.Zero;
                    foreach (int child in n.Children)
                    {
                        value += Weighted(child);
                    }
                }
            }

            weighted[node] = value;
            return value;
        }

        private int Best(InformationSet set)
        {
            if (best[set.Index] >= 0)
            {
                return best[set.Index];
            }

            int choice = 0;
            Rational top = default;
            for (int a = 0; a < set.ActionCount; a++)
            {
                var total = Rational.Zero;
                foreach (int member in set.Members)
                {
                    total += Weighted(game.Nodes[member].Children[a]);
                }

                if (a == 0 || total > top)
                {
                    (choice, top) = (a, total);
                }
            }

            best[set.Index] = choice;
            return choice;
        }
    }

    /// <summary>Expected payoffs of the profile.</summary>
    public static Rational[] Value(ExtensiveFormGame game, Profile profile)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(profile);
        return Value(game, game.Root.Index, Behaviour(game, profile), -1, null, Rational.One);
    }

    /// <summary>Per information set (game index), the action probabilities.</summary>
    private static Rational[][] Behaviour(ExtensiveFormGame game, Profile profile)
    {
        if (!profile.IsExact)
        {
            throw new ArgumentException("Exact regret needs an exact profile.", nameof(profile));
        }

        var sigma = new Rational[game.InformationSets.Length][];
        int segment = 0;
        for (int p = 1; p <= game.PlayerCount; p++)
        {
            foreach (int set in game.PlayerInformationSets[p])
            {
                sigma[set] = [.. profile.Exact[segment++]];
            }
        }

        return sigma;
    }

    private static Rational[] Value(ExtensiveFormGame game, int node, Rational[][] sigma, int deviator, Dictionary<int, int>? pure, Rational weight)
    {
        var result = new Rational[game.PlayerCount];
        Array.Fill(result, Rational.Zero);
        Accumulate(game, node, sigma, deviator, pure, weight, result);
        return result;
    }

    private static void Accumulate(ExtensiveFormGame game, int node, Rational[][] sigma, int deviator, Dictionary<int, int>? pure, Rational weight, Rational[] total)
    {
        var n = game.Nodes[node];
        if (n.Kind == NodeKind.Terminal)
        {
            var payoffs = game.PathPayoffs(node);
            for (int p = 0; p < total.Length; p++)
            {
                total[p] += weight * payoffs[p];
            }

            return;
        }

        var set = game.InformationSets[n.InformationSet];
        if (!set.IsChance && set.Player - 1 == deviator)
        {
            int action = pure![set.Index];
            Accumulate(game, n.Children[action < 0 ? 0 : action], sigma, deviator, pure, weight, total);
            return;
        }

        for (int a = 0; a < n.Children.Length; a++)
        {
            var p = set.IsChance ? set.Probabilities[a] : sigma[set.Index][a];
            if (!p.IsZero)
            {
                Accumulate(game, n.Children[a], sigma, deviator, pure, weight * p, total);
            }
        }
    }
}
