using System.Collections.Immutable;
using Brink.Games.Numerics;

namespace Brink.Games.ExtensiveForm;

/// <summary>Flattens and validates a <see cref="NodeSpec"/> tree into preorder arrays.</summary>
internal sealed class TreeIndexer(int playerCount)
{
    private readonly List<(string Label, NodeKind Kind, int Set, List<int> Children, int Parent, int ParentAction, int Outcome)> nodes = [];
    private readonly List<(int Player, int Number, string Label, ImmutableArray<string> Actions, ImmutableArray<Rational> Probabilities, List<int> Members)> sets = [];
    private readonly Dictionary<(int Player, int Number), int> setByKey = [];
    private readonly Dictionary<int, int> outcomeByNumber = [];

    public List<Outcome> Outcomes { get; } = [];

    public List<Rational[]> Cumulative { get; } = [];

    public void Add(NodeSpec spec, int parent, int parentAction, Rational[] inherited)
    {
        int index = nodes.Count;
        int outcome = spec.Outcome is null ? -1 : ResolveOutcome(spec.Outcome);
        var payoffs = outcome < 0 ? inherited : Sum(inherited, Outcomes[outcome].Payoffs);
        int set = spec.Kind == NodeKind.Terminal ? -1 : ResolveSet(spec, index);
        nodes.Add((spec.Label, spec.Kind, set, [], parent, parentAction, outcome));
        Cumulative.Add(payoffs);
        if (spec.Kind == NodeKind.Terminal)
        {
            if (!spec.Children.IsDefaultOrEmpty)
            {
                throw new GameDefinitionException($"Terminal node {index + 1} has children.");
            }

            return;
        }

        int actions = sets[set].Actions.Length;
        if (spec.Children.IsDefault || spec.Children.Length != actions)
        {
            throw new GameDefinitionException(
                $"Node {index + 1} has {actions} actions but {(spec.Children.IsDefault ? 0 : spec.Children.Length)} children.");
        }

        for (int a = 0; a < actions; a++)
        {
            nodes[index].Children.Add(nodes.Count);
            Add(spec.Children[a], index, a, payoffs);
        }
    }

    private static Rational[] Sum(Rational[] left, ImmutableArray<Rational> right)
    {
        var sum = new Rational[left.Length];
        for (int i = 0; i < left.Length; i++)
        {
            sum[i] = left[i] + right[i];
        }

        return sum;
    }

    private int ResolveOutcome(OutcomeSpec spec)
    {
        if (spec.Number != 0 && outcomeByNumber.TryGetValue(spec.Number, out int known))
        {
            if (!spec.Payoffs.IsDefaultOrEmpty && !spec.Payoffs.SequenceEqual(Outcomes[known].Payoffs))
            {
                throw new GameDefinitionException($"Outcome {spec.Number} is given two different payoff vectors.");
            }

            return known;
        }

        if (spec.Payoffs.IsDefaultOrEmpty)
        {
            throw new GameDefinitionException($"Outcome {spec.Number} is used before its payoffs are given.");
        }

        if (spec.Payoffs.Length != playerCount)
        {
            throw new GameDefinitionException(
                $"Outcome {spec.Number} has {spec.Payoffs.Length} payoffs for {playerCount} players.");
        }

        int number = spec.Number != 0 ? spec.Number : Outcomes.Count + 1;
        while (spec.Number == 0 && outcomeByNumber.ContainsKey(number))
        {
            number++;
        }

        Outcomes.Add(new Outcome(number, spec.Label, spec.Payoffs));
        outcomeByNumber[number] = Outcomes.Count - 1;
        return Outcomes.Count - 1;
    }

    private int ResolveSet(NodeSpec spec, int node)
    {
        int player = spec.Kind == NodeKind.Chance ? 0 : spec.Player;
        if (spec.Kind == NodeKind.Decision && (player < 1 || player > playerCount))
        {
            throw new GameDefinitionException($"Node {node + 1} names player {player}; the game has {playerCount}.");
        }

        bool shared = spec.InformationSetNumber != 0 || player != 0;
        if (shared && setByKey.TryGetValue((player, spec.InformationSetNumber), out int known))
        {
            var existing = sets[known];
            if (!spec.Actions.IsDefaultOrEmpty && !spec.Actions.SequenceEqual(existing.Actions))
            {
                throw new GameDefinitionException(
                    $"Node {node + 1} is in information set {spec.InformationSetNumber} of player {player} but lists different actions.");
            }

            if (player == 0 && !spec.Probabilities.IsDefaultOrEmpty && !spec.Probabilities.SequenceEqual(existing.Probabilities))
            {
                throw new GameDefinitionException($"Node {node + 1} shares chance set {spec.InformationSetNumber} with other probabilities.");
            }

            existing.Members.Add(node);
            return known;
        }

        if (spec.Actions.IsDefaultOrEmpty)
        {
            throw new GameDefinitionException($"Node {node + 1} has no actions.");
        }

        var probabilities = ImmutableArray<Rational>.Empty;
        if (player == 0)
        {
            if (spec.Probabilities.IsDefault || spec.Probabilities.Length != spec.Actions.Length)
            {
                throw new GameDefinitionException($"Chance node {node + 1} needs one probability per action.");
            }

            if (spec.Probabilities.Any(p => p.Sign < 0))
            {
                throw new GameDefinitionException($"Chance node {node + 1} has a negative probability.");
            }

            var total = spec.Probabilities.Aggregate(Rational.Zero, (a, b) => a + b);
            if (total != Rational.One)
            {
                throw new GameDefinitionException($"Chance probabilities at node {node + 1} sum to {total}, not 1.");
            }

            probabilities = spec.Probabilities;
        }

        sets.Add((player, spec.InformationSetNumber, spec.InformationSetLabel, spec.Actions, probabilities, [node]));
        if (shared)
        {
            setByKey[(player, spec.InformationSetNumber)] = sets.Count - 1;
        }

        return sets.Count - 1;
    }

    public ImmutableArray<GameNode> BuildNodes() =>
        nodes.Select((n, i) => new GameNode(i, n.Label, n.Kind, n.Set, [.. n.Children], n.Parent, n.ParentAction, n.Outcome))
            .ToImmutableArray();

    public ImmutableArray<InformationSet> BuildInformationSets() =>
        sets.Select((s, i) => new InformationSet(i, s.Player, s.Number, s.Label, s.Actions, s.Probabilities, [.. s.Members]))
            .ToImmutableArray();
}
