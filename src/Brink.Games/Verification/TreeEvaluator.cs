using System.Collections.Immutable;
using System.Globalization;
using Brink.Games.ExtensiveForm;

namespace Brink.Games.Verification;

/// <summary>
/// Expected payoffs and best replies of a behaviour profile on a perfect-recall tree, computed from the tree
/// alone: it shares nothing with the solvers (no sequence form, no reduced strategies) and not even the game's
/// cached path payoffs, summing the outcomes itself on the way down as Gambit defines a play's payoff (every
/// outcome on the path from the root to the terminal node, chance and decision nodes included).
/// </summary>
/// <typeparam name="T">Rational or double.</typeparam>
/// <typeparam name="TArithmetic">The operations on <typeparamref name="T"/>.</typeparam>
internal static class TreeEvaluator<T, TArithmetic>
    where TArithmetic : IArithmetic<T>
{
    /// <summary>
    /// Evaluates <paramref name="segments"/>: one probability vector per information set, players in order and
    /// each player's sets in order of first appearance. A segment may be all zeros only at a set its own player's
    /// choices never reach (Gambit prints pure equilibria so).
    /// </summary>
    public static Evaluation<T> Evaluate(ExtensiveFormGame game, IReadOnlyList<IReadOnlyList<T>> segments)
    {
        var sigma = new IReadOnlyList<T>[game.InformationSets.Length];
        if (Assign(game, segments, sigma) is { } shapeProblem)
        {
            return Evaluation<T>.Malformed(shapeProblem);
        }

        var walk = new Walk(game, sigma);
        if (walk.UnreachedZeroProblem() is { } zeroProblem)
        {
            return Evaluation<T>.Malformed(zeroProblem);
        }

        var values = ImmutableArray.CreateBuilder<T>(game.PlayerCount);
        var best = ImmutableArray.CreateBuilder<T>(game.PlayerCount);
        for (int p = 0; p < game.PlayerCount; p++)
        {
            values.Add(walk.Value(p));
            best.Add(new BestReply(game, walk, p).Value());
        }

        return new Evaluation<T>(values.MoveToImmutable(), best.MoveToImmutable(), null);
    }

    private static string? Assign(ExtensiveFormGame game, IReadOnlyList<IReadOnlyList<T>> segments, IReadOnlyList<T>[] sigma)
    {
        int next = 0;
        for (int p = 1; p <= game.PlayerCount; p++)
        {
            foreach (int set in game.PlayerInformationSets[p])
            {
                if (next == segments.Count)
                {
                    return "the profile has fewer segments than the game has information sets";
                }

                var segment = segments[next++];
                int actions = game.InformationSets[set].ActionCount;
                if (segment.Count != actions)
                {
                    return Text($"information set {game.InformationSets[set].Number} of player {p} has {actions} actions, the profile gives {segment.Count} probabilities");
                }

                if (segment.Any(TArithmetic.IsNegative))
                {
                    return Text($"information set {game.InformationSets[set].Number} of player {p} has a negative probability");
                }

                sigma[set] = segment;
            }
        }

        return next == segments.Count ? null : "the profile has more segments than the game has information sets";
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// One pass down the tree in preorder (a parent always precedes its children): each node's accumulated
    /// payoff, and per player the probability of reaching it through that player's own moves and through
    /// everyone else's (chance included). Their product is the node's realisation probability.
    /// </summary>
    private sealed class Walk
    {
        private readonly ExtensiveFormGame game;
        private readonly IReadOnlyList<T>[] sigma;

        public Walk(ExtensiveFormGame game, IReadOnlyList<T>[] sigma)
        {
            this.game = game;
            this.sigma = sigma;
            int n = game.Nodes.Length, players = game.PlayerCount;
            Payoffs = new T[n][];
            Own = [.. Enumerable.Range(0, players).Select(_ => new T[n])];
            Others = [.. Enumerable.Range(0, players).Select(_ => new T[n])];
            Depth = new int[n];
            for (int i = 0; i < n; i++)
            {
                Visit(game.Nodes[i], players);
            }
        }

        public T[][] Payoffs { get; }

        public T[][] Own { get; }

        public T[][] Others { get; }

        public int[] Depth { get; }

        public T Value(int player)
        {
            T total = TArithmetic.Zero;
            foreach (var node in game.Nodes)
            {
                if (node.Kind == NodeKind.Terminal)
                {
                    var reach = TArithmetic.Multiply(Own[player][node.Index], Others[player][node.Index]);
                    total = TArithmetic.Add(total, TArithmetic.Multiply(reach, Payoffs[node.Index][player]));
                }
            }

            return total;
        }

        /// <summary>A set whose segment does not sum to one, unless it is all zeros and its player never reaches it.</summary>
        public string? UnreachedZeroProblem()
        {
            foreach (var set in game.InformationSets.Where(s => !s.IsChance))
            {
                T total = sigma[set.Index].Aggregate(TArithmetic.Zero, TArithmetic.Add);
                bool unreached = set.Members.All(m => TArithmetic.IsZero(Own[set.Player - 1][m]));
                if (!TArithmetic.IsOne(total) && !(TArithmetic.IsZero(total) && unreached))
                {
                    return Text($"the probabilities at information set {set.Number} of player {set.Player} sum to {TArithmetic.ToDouble(total)}, not 1");
                }
            }

            return null;
        }

        private void Visit(GameNode node, int players)
        {
            int i = node.Index;
            var inherited = node.Parent < 0 ? null : Payoffs[node.Parent];
            var payoffs = new T[players];
            for (int p = 0; p < players; p++)
            {
                payoffs[p] = inherited is null ? TArithmetic.Zero : inherited[p];
                if (node.Outcome >= 0)
                {
                    payoffs[p] = TArithmetic.Add(payoffs[p], TArithmetic.FromRational(game.Outcomes[node.Outcome].Payoffs[p]));
                }
            }

            Payoffs[i] = payoffs;
            if (node.Parent < 0)
            {
                for (int p = 0; p < players; p++)
                {
                    (Own[p][i], Others[p][i]) = (TArithmetic.One, TArithmetic.One);
                }

                return;
            }

            Depth[i] = Depth[node.Parent] + 1;
            var set = game.InformationSetOf(node.Parent);
            T probability = set.IsChance
                ? TArithmetic.FromRational(set.Probabilities[node.ParentAction])
                : sigma[set.Index][node.ParentAction];
            for (int p = 0; p < players; p++)
            {
                bool mine = set.Player == p + 1;
                Own[p][i] = mine ? TArithmetic.Multiply(Own[p][node.Parent], probability) : Own[p][node.Parent];
                Others[p][i] = mine ? Others[p][node.Parent] : TArithmetic.Multiply(Others[p][node.Parent], probability);
            }
        }
    }

    /// <summary>
    /// The most one player can get against the others' behaviour. Its information sets are decided bottom-up in
    /// reverse topological order; under perfect recall every member of a set below another set descends from a
    /// member of that set, so sorting by shallowest member, deepest first, is such an order. At each set the
    /// action with the largest sum over members of (others' reach × payoff) below it is best: the player's own
    /// reach is common to all members (the same own history), so it does not change the choice.
    /// </summary>
    private sealed class BestReply
    {
        private readonly ExtensiveFormGame game;
        private readonly Walk walk;
        private readonly int player;
        private readonly int[] choice;
        private readonly T[] memo;
        private readonly bool[] known;

        public BestReply(ExtensiveFormGame game, Walk walk, int player)
        {
            this.game = game;
            this.walk = walk;
            this.player = player;
            choice = Enumerable.Repeat(-1, game.InformationSets.Length).ToArray();
            memo = new T[game.Nodes.Length];
            known = new bool[game.Nodes.Length];
        }

        public T Value()
        {
            var order = game.PlayerInformationSets[player + 1]
                .OrderByDescending(s => game.InformationSets[s].Members.Min(m => walk.Depth[m]))
                .ThenBy(s => s);
            foreach (int s in order)
            {
                Decide(game.InformationSets[s]);
            }

            return Below(game.Root.Index);
        }

        private void Decide(InformationSet set)
        {
            int bestAction = 0;
            T bestTotal = TArithmetic.Zero;
            for (int a = 0; a < set.ActionCount; a++)
            {
                T total = TArithmetic.Zero;
                foreach (int member in set.Members)
                {
                    total = TArithmetic.Add(total, Below(game.Nodes[member].Children[a]));
                }

                if (a == 0 || TArithmetic.Greater(total, bestTotal))
                {
                    (bestAction, bestTotal) = (a, total);
                }
            }

            choice[set.Index] = bestAction;
        }

        // Σ over terminals under node, reached with the decided own choices, of others' reach × own payoff.
        private T Below(int node)
        {
            if (known[node])
            {
                return memo[node];
            }

            var n = game.Nodes[node];
            T value;
            if (n.Kind == NodeKind.Terminal)
            {
                value = TArithmetic.Multiply(walk.Others[player][node], walk.Payoffs[node][player]);
            }
            else if (game.InformationSetOf(node) is { IsChance: false } set && set.Player == player + 1)
            {
                value = choice[set.Index] >= 0
                    ? Below(n.Children[choice[set.Index]])
                    : throw new InvalidOperationException("An information set below an undecided one: the tree lacks perfect recall.");
            }
            else
            {
                value = n.Children.Aggregate(TArithmetic.Zero, (sum, child) => TArithmetic.Add(sum, Below(child)));
            }

            (memo[node], known[node]) = (value, true);
            return value;
        }
    }
}
