using System.Collections.Immutable;
using Brink.Games.ExtensiveForm;
using Brink.Games.Numerics;
using Brink.Games.Profiles;

namespace Brink.Games.Solvers.Lemke;

/// <summary>
/// The sequence form of a two-player game tree with perfect recall (Koller, Megiddo and von Stengel 1996):
/// each player's sequences (sequence 0 is the empty one, then the actions of each information set in order of
/// first appearance), the parent sequence of every information set, and the payoff matrices over sequence pairs.
/// </summary>
public sealed class SequenceForm
{
    private readonly Rational[,] rowPayoffs;
    private readonly Rational[,] columnPayoffs;

    private SequenceForm(
        ExtensiveFormGame game,
        ImmutableArray<ImmutableArray<int>> parentSequences,
        ImmutableArray<ImmutableArray<int>> firstSequences,
        ImmutableArray<int> sequenceCounts,
        Rational[,] rowPayoffs,
        Rational[,] columnPayoffs)
    {
        Game = game;
        ParentSequences = parentSequences;
        FirstSequences = firstSequences;
        SequenceCounts = sequenceCounts;
        this.rowPayoffs = rowPayoffs;
        this.columnPayoffs = columnPayoffs;
    }

    /// <summary>The game this is the sequence form of.</summary>
    public ExtensiveFormGame Game { get; }

    /// <summary>Per player (0 and 1), per own information set in order, the sequence that leads to it.</summary>
    public ImmutableArray<ImmutableArray<int>> ParentSequences { get; }

    /// <summary>Per player, per own information set, the sequence of its first action (the others follow).</summary>
    public ImmutableArray<ImmutableArray<int>> FirstSequences { get; }

    /// <summary>Number of sequences of each player, the empty sequence included.</summary>
    public ImmutableArray<int> SequenceCounts { get; }

    /// <summary>
    /// Builds the sequence form. Throws <see cref="SolverNotApplicableException"/> when the game does not have
    /// two players or lacks perfect recall (an information set reached after different own sequences).
    /// </summary>
    public static SequenceForm Create(ExtensiveFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        if (game.PlayerCount != 2)
        {
            throw new SolverNotApplicableException($"The sequence form needs two players; the game has {game.PlayerCount}.");
        }

        var setPosition = new int[game.InformationSets.Length];
        var firsts = new int[2][];
        var counts = new int[2];
        for (int p = 0; p < 2; p++)
        {
            var sets = game.PlayerInformationSets[p + 1];
            firsts[p] = new int[sets.Length];
            int next = 1;
            for (int k = 0; k < sets.Length; k++)
            {
                setPosition[sets[k]] = k;
                firsts[p][k] = next;
                next += game.InformationSets[sets[k]].ActionCount;
            }

            counts[p] = next;
        }

        var parents = new int[2][];
        for (int p = 0; p < 2; p++)
        {
            parents[p] = Enumerable.Repeat(-1, game.PlayerInformationSets[p + 1].Length).ToArray();
        }

        var a = new Rational[counts[0], counts[1]];
        var b = new Rational[counts[0], counts[1]];
        Rational shift = MaximumPayoff(game) + Rational.One;
        var stack = new Stack<(int Node, int First, int Second, Rational Probability)>();
        stack.Push((0, 0, 0, Rational.One));
        while (stack.Count > 0)
        {
            var (node, s1, s2, probability) = stack.Pop();
            var current = game.Nodes[node];
            if (current.Kind == NodeKind.Terminal)
            {
                // A play pays the sum of the outcomes on its path (Gambit puts outcomes on any node), shifted once
                // per play so every entry is negative (KMvS §4). Shifting each outcome instead, as the entries once
                // were built, subtracts the shift as many times as the path has outcomes (and never on a path with
                // none): a different game whenever plays carry different numbers of outcomes.
                var payoffs = game.PathPayoffs(node);
                a[s1, s2] += probability * (payoffs[0] - shift);
                b[s1, s2] += probability * (payoffs[1] - shift);
                continue;
            }

            var set = game.InformationSets[current.InformationSet];
            for (int action = current.Children.Length - 1; action >= 0; action--)
            {
                int child = current.Children[action];
                if (set.IsChance)
                {
                    stack.Push((child, s1, s2, probability * set.Probabilities[action]));
                    continue;
                }

                int player = set.Player - 1;
                int position = setPosition[set.Index];
                int own = player == 0 ? s1 : s2;
                if (parents[player][position] < 0)
                {
                    parents[player][position] = own;
                }
                else if (parents[player][position] != own)
                {
                    throw new SolverNotApplicableException(
                        $"The game does not have perfect recall: information set {set.Number} of player {set.Player} is reached after different own moves.");
                }

                int sequence = firsts[player][position] + action;
                stack.Push(player == 0 ? (child, sequence, s2, probability) : (child, s1, sequence, probability));
            }
        }

        return new SequenceForm(
            game,
            [.. parents.Select(p => p.Select(s => Math.Max(s, 0)).ToImmutableArray())],
            [.. firsts.Select(f => f.ToImmutableArray())],
            [.. counts],
            a,
            b);
    }

    /// <summary>Number of information sets of player <paramref name="player"/> (0 or 1).</summary>
    public int InformationSetCount(int player) => FirstSequences[player].Length;

    /// <summary>Number of actions at the <paramref name="position"/>-th information set of <paramref name="player"/>.</summary>
    public int ActionCount(int player, int position) =>
        Game.InformationSets[Game.PlayerInformationSets[player + 1][position]].ActionCount;

    /// <summary>
    /// Payoff of <paramref name="player"/> summed over plays with this sequence pair, weighted by chance, after the
    /// shift that makes every nonzero entry negative (payoff minus the game's largest payoff plus one).
    /// </summary>
    public Rational ShiftedPayoff(int player, int firstSequence, int secondSequence) =>
        player == 0 ? rowPayoffs[firstSequence, secondSequence] : columnPayoffs[firstSequence, secondSequence];

    // Gambit's shift is the largest outcome payoff plus one; a play's payoff, summed along its path, can exceed
    // it, so the largest play payoff counts too (on trees with outcomes only at terminal nodes it never does).
    private static Rational MaximumPayoff(ExtensiveFormGame game)
    {
        var all = game.Outcomes.SelectMany(o => o.Payoffs)
            .Concat(game.Terminals.SelectMany(t => game.PathPayoffs(t).ToArray()))
            .ToList();
        return all.Count == 0 ? Rational.Zero : all.Aggregate(Rational.Max);
    }
}
