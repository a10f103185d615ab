using System.Collections.Immutable;
using Brink.Games.Numerics;

namespace Brink.Games.ExtensiveForm;

/// <summary>
/// An N-player game tree with information sets, chance moves with exact probabilities and outcomes.
/// Immutable and indexed: nodes in preorder, information sets in order of first appearance.
/// </summary>
public sealed partial class ExtensiveFormGame
{
    private readonly Rational[][] cumulativePayoffs;

    private ExtensiveFormGame(
        string title,
        string comment,
        ImmutableArray<string> players,
        ImmutableArray<GameNode> nodes,
        ImmutableArray<InformationSet> informationSets,
        ImmutableArray<Outcome> outcomes,
        Rational[][] cumulativePayoffs)
    {
        Title = title;
        Comment = comment;
        Players = players;
        Nodes = nodes;
        InformationSets = informationSets;
        Outcomes = outcomes;
        this.cumulativePayoffs = cumulativePayoffs;
        PlayerInformationSets = Enumerable.Range(0, players.Length + 1)
            .Select(p => informationSets.Where(s => s.Player == p).Select(s => s.Index).ToImmutableArray())
            .ToImmutableArray();
        TerminalPayoffsAsDouble = cumulativePayoffs.Select(v => v.Select(r => r.ToDouble()).ToImmutableArray()).ToImmutableArray();
    }

    /// <summary>The game's title.</summary>
    public string Title { get; }

    /// <summary>The free-text comment.</summary>
    public string Comment { get; }

    /// <summary>Player names in order (player 1 first).</summary>
    public ImmutableArray<string> Players { get; }

    /// <summary>Number of players, chance excluded.</summary>
    public int PlayerCount => Players.Length;

    /// <summary>Nodes in preorder; the root is <c>Nodes[0]</c>.</summary>
    public ImmutableArray<GameNode> Nodes { get; }

    /// <summary>The root node.</summary>
    public GameNode Root => Nodes[0];

    /// <summary>All information sets, chance sets included, in order of first appearance in preorder.</summary>
    public ImmutableArray<InformationSet> InformationSets { get; }

    /// <summary>
    /// Information-set indices per player: entry 0 is chance, entry p the 1-based player p, each in order of
    /// first appearance (the order Gambit prints behaviour profiles in).
    /// </summary>
    public ImmutableArray<ImmutableArray<int>> PlayerInformationSets { get; }

    /// <summary>Distinct outcomes, in order of first appearance.</summary>
    public ImmutableArray<Outcome> Outcomes { get; }

    /// <summary>Per node, the payoffs accumulated along the path from the root (inclusive) as doubles.</summary>
    public ImmutableArray<ImmutableArray<double>> TerminalPayoffsAsDouble { get; }

    /// <summary>
    /// The exact payoff vector reached at <paramref name="node"/>: the sum of the outcomes on the path from the
    /// root to it, inclusive (Gambit attaches outcomes to interior nodes too).
    /// </summary>
    public ReadOnlySpan<Rational> PathPayoffs(int node) => cumulativePayoffs[node];

    /// <summary>The information set a decision or chance node belongs to.</summary>
    public InformationSet InformationSetOf(int node) => InformationSets[Nodes[node].InformationSet];

    /// <summary>The chance probability of taking <paramref name="action"/> at chance node <paramref name="node"/>.</summary>
    public Rational ChanceProbability(int node, int action) => InformationSetOf(node).Probabilities[action];

    /// <summary>Whether every information set holds one node and there is no chance move with hidden result.</summary>
    public bool IsPerfectInformation => InformationSets.All(s => s.Members.Length == 1);

    /// <summary>
    /// Whether every player's payoffs along the path to each terminal sum to one constant (zero-sum trees
    /// included), as <see cref="NormalForm.NormalFormGame.IsConstantSum"/> asks of a table.
    /// </summary>
    public bool IsConstantSum()
    {
        Rational? total = null;
        foreach (int terminal in Terminals)
        {
            Rational sum = Rational.Zero;
            foreach (var payoff in PathPayoffs(terminal))
            {
                sum += payoff;
            }

            if (total is { } t && t != sum)
            {
                return false;
            }

            total = sum;
        }

        return true;
    }

    /// <summary>Terminal node indices in preorder.</summary>
    public IEnumerable<int> Terminals => Nodes.Where(n => n.Kind == NodeKind.Terminal).Select(n => n.Index);

    /// <summary>
    /// Validates a tree and indexes it. Throws <see cref="GameDefinitionException"/> with a one-sentence reason
    /// when the tree cannot be a game.
    /// </summary>
    public static ExtensiveFormGame Create(string title, string comment, IReadOnlyList<string> players, NodeSpec root)
    {
        ArgumentNullException.ThrowIfNull(players);
        ArgumentNullException.ThrowIfNull(root);
        if (players.Count == 0)
        {
            throw new GameDefinitionException("A game needs at least one player.");
        }

        var builder = new TreeIndexer(players.Count);
        builder.Add(root, -1, -1, new Rational[players.Count]);
        return new ExtensiveFormGame(
            title ?? string.Empty,
            comment ?? string.Empty,
            [.. players],
            builder.BuildNodes(),
            builder.BuildInformationSets(),
            [.. builder.Outcomes],
            [.. builder.Cumulative]);
    }

    /// <summary>Rebuilds the <see cref="NodeSpec"/> tree (used by writers and round-trip tests).</summary>
    public NodeSpec ToSpec() => ToSpec(0);

    private NodeSpec ToSpec(int index)
    {
        var node = Nodes[index];
        OutcomeSpec? outcome = node.Outcome < 0
            ? null
            : new OutcomeSpec(Outcomes[node.Outcome].Number, Outcomes[node.Outcome].Label, Outcomes[node.Outcome].Payoffs);
        if (node.Kind == NodeKind.Terminal)
        {
            return new NodeSpec(NodeKind.Terminal, node.Label, 0, 0, string.Empty, [], [], [], outcome);
        }

        var set = InformationSets[node.InformationSet];
        return new NodeSpec(
            node.Kind,
            node.Label,
            set.Player,
            set.Number,
            set.Label,
            set.Actions,
            set.Probabilities,
            node.Children.Select(ToSpec).ToImmutableArray(),
            outcome);
    }

    /// <summary>
    /// Same players, tree shape, labels, information sets, chance probabilities and exact payoffs at every
    /// node: the equality round-trip tests need.
    /// </summary>
    public bool IsSameGame(ExtensiveFormGame other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Title != other.Title || !Players.SequenceEqual(other.Players) || Nodes.Length != other.Nodes.Length
            || InformationSets.Length != other.InformationSets.Length)
        {
            return false;
        }

        for (int i = 0; i < Nodes.Length; i++)
        {
            GameNode a = Nodes[i], b = other.Nodes[i];
            if (a.Kind != b.Kind || a.Label != b.Label || a.InformationSet != b.InformationSet
                || !a.Children.SequenceEqual(b.Children) || !PathPayoffs(i).SequenceEqual(other.PathPayoffs(i)))
            {
                return false;
            }
        }

        return InformationSets.Zip(other.InformationSets).All(pair =>
            pair.First.Player == pair.Second.Player
            && pair.First.Label == pair.Second.Label
            && pair.First.Actions.SequenceEqual(pair.Second.Actions)
            && pair.First.Probabilities.SequenceEqual(pair.Second.Probabilities)
            && pair.First.Members.SequenceEqual(pair.Second.Members));
    }
}
