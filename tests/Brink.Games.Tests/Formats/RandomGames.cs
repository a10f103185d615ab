using System.Collections.Immutable;
using System.Numerics;
using Brink.Games.ExtensiveForm;
using Brink.Games.NormalForm;
using Brink.Games.Numerics;

namespace Brink.Games.Tests.Formats;

/// <summary>Random games for the round-trip properties, built from a seeded generator the property supplies.</summary>
internal static class RandomGames
{
    private static readonly string[] Labels =
        ["", "a", "Player 1", "x y", "say \"hi\"", "back\\slash", "\\\"", "ünïcødé", "{", "}", ",", "1/2", "two\nlines", "p", "t"];

    public static string Label(Random random) =>
        random.Next(4) == 0
            ? new string([.. Enumerable.Range(0, random.Next(1, 6)).Select(_ => " \"\\{},ab\tz0-/".AsSpan()[random.Next(13)])])
            : Labels[random.Next(Labels.Length)];

    public static Rational Number(Random random) =>
        random.Next(10) == 0
            ? Rational.Create(BigInteger.Pow(10, 25) + random.Next(), random.Next(1, 1000))
            : Rational.Create(random.Next(-1000, 1001), random.Next(1, 13));

    public static NormalFormGame NormalForm(Random random)
    {
        int players = random.Next(1, 5);
        var strategies = Enumerable.Range(0, players)
            .Select(_ => (IReadOnlyList<string>)[.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => Label(random))])
            .ToArray();
        int profiles = strategies.Aggregate(1, (product, list) => product * list.Count);
        var payoffs = Enumerable.Range(0, profiles * players).Select(_ => Number(random)).ToArray();
        var names = Enumerable.Range(0, players).Select(_ => Label(random)).ToArray();
        return NormalFormGame.Create(Label(random), Label(random), names, strategies, payoffs);
    }

    public static ExtensiveFormGame Tree(Random random)
    {
        int players = random.Next(1, 4);
        var sets = Enumerable.Range(0, players + 1).Select(_ => new List<ImmutableArray<string>>()).ToArray();
        var root = Node(random, players, sets, 0);
        var names = Enumerable.Range(0, players).Select(_ => Label(random)).ToArray();
        return ExtensiveFormGame.Create(Label(random), Label(random), names, root);
    }

    private static NodeSpec Node(Random random, int players, List<ImmutableArray<string>>[] sets, int depth)
    {
        OutcomeSpec? Outcome(int percent) =>
            random.Next(100) < percent
                ? new OutcomeSpec(0, Label(random), [.. Enumerable.Range(0, players).Select(_ => Number(random))])
                : null;

        int roll = random.Next(10);
        if (depth >= 5 || roll < 3 + depth)
        {
            return new NodeSpec(NodeKind.Terminal, Label(random), 0, 0, string.Empty, [], [], [], Outcome(80));
        }

        if (roll == 9)
        {
            var weights = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(0, 5)).ToArray();
            weights[0] += 1;
            var probabilities = weights.Select(w => Rational.Create(w, weights.Sum())).ToImmutableArray();
            var chanceActions = weights.Select(_ => Label(random)).ToImmutableArray();
            var chanceChildren = chanceActions.Select(_ => Node(random, players, sets, depth + 1)).ToImmutableArray();
            return new NodeSpec(NodeKind.Chance, Label(random), 0, 0, Label(random), chanceActions, probabilities, chanceChildren, Outcome(20));
        }

        int player = random.Next(1, players + 1);
        var known = sets[player];
        int number;
        if (known.Count > 0 && random.Next(5) < 2)
        {
            number = random.Next(1, known.Count + 1);
        }
        else
        {
            known.Add([.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => Label(random))]);
            number = known.Count;
        }

        var actions = known[number - 1];
        var children = actions.Select(_ => Node(random, players, sets, depth + 1)).ToImmutableArray();
        return new NodeSpec(NodeKind.Decision, Label(random), player, number, Label(random), actions, [], children, Outcome(20));
    }
}
