using System.Collections.Immutable;
using Brink.Games.ExtensiveForm;
using Brink.Games.NormalForm;
using Brink.Games.Numerics;

namespace Brink.Games.Tests.Verification;

/// <summary>
/// Random games for the verification properties, small enough for every method: normal forms of 2–4 players,
/// and perfect-recall trees with chance moves, outcomes on interior and chance nodes, outcomes reused across
/// nodes, terminals without outcomes and information sets that span chance branches.
/// </summary>
internal static class RandomSolvableGames
{
    private static readonly string[] Names = ["1", "2", "3", "4"];

    /// <summary>Small integer payoffs (so ties and degenerate games turn up) or, if <paramref name="zeroSum"/>, a zero-sum two-player table.</summary>
    public static NormalFormGame NormalForm(Random random, int players, bool zeroSum = false)
    {
        var strategies = Enumerable.Range(0, players)
            .Select(_ => (IReadOnlyList<string>)[.. Enumerable.Range(1, random.Next(1, players == 2 ? 5 : 4)).Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture))])
            .ToArray();
        int profiles = strategies.Aggregate(1, (product, list) => product * list.Count);
        var payoffs = new List<Rational>();
        for (int k = 0; k < profiles; k++)
        {
            var cell = Enumerable.Range(0, players).Select(_ => Payoff(random)).ToArray();
            if (zeroSum)
            {
                cell[1] = -cell[0];
            }

            payoffs.AddRange(cell);
        }

        return NormalFormGame.Create("random", string.Empty, Names[..players], strategies, payoffs);
    }

    /// <summary>A random perfect-recall tree (see <see cref="RandomTree"/>).</summary>
    public static ExtensiveFormGame Tree(Random random, int players, bool zeroSum = false, bool perfectInformation = false) =>
        ExtensiveFormGame.Create("random", string.Empty, Names[..players], new RandomTree(random, players, zeroSum, perfectInformation).Root());

    /// <summary>Mostly small integers (ties), sometimes a fraction.</summary>
    public static Rational Payoff(Random random) =>
        random.Next(4) == 0 ? Rational.Create(random.Next(-20, 21), random.Next(1, 4)) : random.Next(-4, 5);

    /// <summary>
    /// Builds the tree top down. A player's information set is keyed by everything it knows: its own earlier
    /// (set, action) pairs and the moves it saw; so nodes alike in both share a set, and perfect recall holds by
    /// construction (no set holds a node and its descendant, every member has the same own history). Who moves
    /// at each depth and who sees each depth's move are drawn once per tree, so sets do span branches.
    /// </summary>
    private sealed class RandomTree
    {
        private readonly Random random;
        private readonly int players;
        private readonly bool zeroSum;
        private readonly bool perfectInformation;
        private readonly int depth;
        private readonly int[] mover;
        private readonly bool[][] seen;
        private readonly List<OutcomeSpec> outcomes = [];
        private readonly Dictionary<(int Player, string Knowledge), (int Number, ImmutableArray<string> Actions)> sets = [];
        private readonly int[] setCounts;
        private int nodes;

        public RandomTree(Random random, int players, bool zeroSum, bool perfectInformation)
        {
            this.random = random;
            this.players = players;
            this.zeroSum = zeroSum;
            this.perfectInformation = perfectInformation;
            depth = random.Next(2, 5);
            mover = [.. Enumerable.Range(0, depth).Select(d => random.Next(4) == 0 ? 0 : random.Next(1, players + 1))];
            seen = [.. Enumerable.Range(0, depth).Select(_ => Enumerable.Range(0, players).Select(_ => perfectInformation || random.Next(2) == 0).ToArray())];
            setCounts = new int[players + 1];
        }

        public NodeSpec Root() => Node(0, new string[players + 1]);

        // knowledge[p]: what player p knows on the way here (own moves and moves it saw).
        private NodeSpec Node(int level, string[] knowledge)
        {
            if (level == depth || (level > 0 && random.Next(6) == 0))
            {
                return new NodeSpec(NodeKind.Terminal, string.Empty, 0, 0, string.Empty, [], [], [], Outcome(75));
            }

            int who = mover[level];
            if (who == 0)
            {
                int count = random.Next(2, 4);
                var weights = Enumerable.Range(0, count).Select(_ => random.Next(1, 4)).ToArray();
                var probabilities = weights.Select(w => Rational.Create(w, weights.Sum()));
                var children = Enumerable.Range(0, count).Select(a => Node(level + 1, Observe(knowledge, level, 0, -1, a))).ToArray();
                return NodeSpec.Chance([.. Enumerable.Range(0, count).Select(a => "c" + a)], probabilities, children) with { Outcome = Outcome(30) };
            }

            string key = perfectInformation ? $"node{++nodes}" : knowledge[who] ?? string.Empty;
            if (!sets.TryGetValue((who, key), out var set))
            {
                set = (++setCounts[who], [.. Enumerable.Range(0, random.Next(2, 4)).Select(a => "a" + a)]);
                sets[(who, key)] = set;
            }

            var below = set.Actions.Select((_, a) => Node(level + 1, Observe(knowledge, level, who, set.Number, a))).ToArray();
            return NodeSpec.Decision(who, set.Number, set.Actions, below) with { Outcome = Outcome(25) };
        }

        private string[] Observe(string[] knowledge, int level, int who, int setNumber, int action)
        {
            var next = (string[])knowledge.Clone();
            for (int p = 1; p <= players; p++)
            {
                if (p == who)
                {
                    next[p] += $"own{setNumber}:{action};";
                }
                else if (seen[level][p - 1])
                {
                    next[p] += $"saw{level}:{action};";
                }
            }

            return next;
        }

        // An outcome with the given chance: half the time one already used elsewhere in the tree.
        private OutcomeSpec? Outcome(int percent)
        {
            if (random.Next(100) >= percent)
            {
                return null;
            }

            if (outcomes.Count > 0 && random.Next(2) == 0)
            {
                return outcomes[random.Next(outcomes.Count)];
            }

            var payoffs = Enumerable.Range(0, players).Select(_ => Payoff(random)).ToArray();
            if (zeroSum)
            {
                payoffs[1] = -payoffs[0];
            }

            var outcome = new OutcomeSpec(outcomes.Count + 1, string.Empty, [.. payoffs]);
            outcomes.Add(outcome);
            return outcome;
        }
    }
}
