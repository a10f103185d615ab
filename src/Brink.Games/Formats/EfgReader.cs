using System.Collections.Immutable;
using Brink.Games.ExtensiveForm;
using Brink.Games.Numerics;

namespace Brink.Games.Formats;

/// <summary>
/// Reads Gambit's extensive-form format, <c>EFG 2 R</c> or <c>EFG 2 D</c>: a header, then the nodes in
/// preorder, each <c>p</c> (decision), <c>c</c> (chance) or <c>t</c> (terminal). Action lists and outcome
/// payoffs may be left out where the information set or outcome was already described. Each node is checked
/// as it is read, so an impossible game is reported at the node that makes it impossible.
/// </summary>
internal sealed class EfgReader(string text, string path)
{
    /// <summary>Deeper trees are refused: building and walking a tree recurses once per level.</summary>
    internal const int MaxDepth = GameLimits.MaxTreeDepth;

    private readonly GambitLexer lexer = new(text, path);
    private readonly Dictionary<(int Player, int Number), (ImmutableArray<string> Actions, ImmutableArray<Rational> Probabilities)> sets = [];
    private readonly Dictionary<int, ImmutableArray<Rational>> outcomes = [];
    private int playerCount;

    public ExtensiveFormGame Read()
    {
        var start = lexer.Peek();
        string title = GambitHeader.ReadTitle(lexer, text, "EFG", "2", Messages.EfgVersion);
        var players = GambitHeader.ReadPlayers(lexer);
        playerCount = players.Count;
        string comment = lexer.PeekIs(TokenKind.Quoted) ? lexer.ReadLabel() : string.Empty;
        var root = ReadTree();
        lexer.Expect(TokenKind.End, Messages.EndOfInput);
        try
        {
            return ExtensiveFormGame.Create(title, comment, players, root);
        }
        catch (GameDefinitionException error)
        {
            // The checks above mirror the game's own; this only catches what they might miss.
            throw GameFormatErrors.Semantic(path, start.Line, start.Column, error.Message);
        }
    }

    private NodeSpec ReadTree()
    {
        var pending = new Stack<(EfgNode Node, List<NodeSpec> Children)>();
        int nodes = 0;
        while (true)
        {
            var node = ReadNode();
            if (++nodes > GameLimits.MaxTreeNodes)
            {
                throw lexer.Semantic(node.At, Messages.TooManyNodes, GameLimits.MaxTreeNodes);
            }

            if (node.Arity > 0)
            {
                if (pending.Count >= MaxDepth)
                {
                    throw lexer.Semantic(node.At, Messages.TreeTooDeep, MaxDepth);
                }

                pending.Push((node, new List<NodeSpec>(node.Arity)));
                continue;
            }

            var done = node.Build([]);
            while (true)
            {
                if (pending.Count == 0)
                {
                    return done;
                }

                var (parent, children) = pending.Peek();
                children.Add(done);
                if (children.Count < parent.Arity)
                {
                    break;
                }

                pending.Pop();
                done = parent.Build(children);
            }
        }
    }

    private EfgNode ReadNode()
    {
        var at = lexer.Next();
        NodeKind kind = lexer.IsWord(at, "p") ? NodeKind.Decision
            : lexer.IsWord(at, "c") ? NodeKind.Chance
            : lexer.IsWord(at, "t") ? NodeKind.Terminal
            : throw lexer.Error(at, Messages.Node);
        string label = lexer.ReadLabel();
        if (kind == NodeKind.Terminal)
        {
            return new EfgNode(at, new NodeSpec(kind, label, 0, 0, string.Empty, [], [], [], ReadOutcome()));
        }

        int player = 0;
        if (kind == NodeKind.Decision)
        {
            player = lexer.ReadInteger(out var playerToken);
            if (player < 1 || player > playerCount)
            {
                throw lexer.Semantic(playerToken, Messages.UnknownPlayer, player, playerCount);
            }
        }

        int number = lexer.ReadInteger(out var numberToken);
        string setLabel = lexer.PeekIs(TokenKind.Quoted) ? lexer.ReadLabel() : string.Empty;
        var (actions, probabilities) = ReadInformationSet(at, player, number, numberToken);
        return new EfgNode(at, new NodeSpec(kind, label, player, number, setLabel, actions, probabilities, [], ReadOutcome()));
    }

    private (ImmutableArray<string> Actions, ImmutableArray<Rational> Probabilities) ReadInformationSet(
        Token at, int player, int number, Token numberToken)
    {
        bool chance = player == 0;
        // A chance node numbered 0 is a set of its own; every other (player, number) names one shared set.
        bool shared = !chance || number != 0;
        bool known = sets.TryGetValue((player, number), out var existing) && shared;
        if (!lexer.PeekIs(TokenKind.OpenBrace))
        {
            return known ? existing : throw lexer.Semantic(numberToken, Messages.SetUsedBeforeActions, number, player);
        }

        var open = lexer.Next();
        var actions = ImmutableArray.CreateBuilder<string>();
        var probabilities = ImmutableArray.CreateBuilder<Rational>();
        var total = Rational.Zero;
        while (!lexer.PeekIs(TokenKind.CloseBrace))
        {
            actions.Add(lexer.ReadLabel());
            if (chance)
            {
                var probabilityToken = lexer.Next();
                var probability = lexer.NumberOf(probabilityToken);
                if (probability.Sign < 0)
                {
                    throw lexer.Semantic(probabilityToken, Messages.NegativeProbability, probability);
                }

                probabilities.Add(probability);
                total += probability;
                lexer.SkipComma();
            }
        }

        lexer.Next();
        var read = (actions.ToImmutable(), probabilities.ToImmutable());
        if (known)
        {
            if (!read.Item1.SequenceEqual(existing.Actions))
            {
                throw lexer.Semantic(open, Messages.SetActionsDiffer, number, player);
            }

            return !chance || read.Item2.SequenceEqual(existing.Probabilities)
                ? existing
                : throw lexer.Semantic(open, Messages.ChanceProbabilitiesDiffer, number);
        }

        if (read.Item1.IsEmpty)
        {
            throw lexer.Semantic(open, Messages.NoActions);
        }

        if (chance && total != Rational.One)
        {
            throw lexer.Semantic(at, Messages.ProbabilitiesDoNotSumToOne, total);
        }

        if (shared)
        {
            sets[(player, number)] = read;
        }

        return read;
    }

    private OutcomeSpec? ReadOutcome()
    {
        int number = lexer.ReadInteger(out var numberToken);
        string label = lexer.PeekIs(TokenKind.Quoted) ? lexer.ReadLabel() : string.Empty;
        bool known = outcomes.TryGetValue(number, out var existing);
        if (!lexer.PeekIs(TokenKind.OpenBrace))
        {
            return number == 0 ? null
                : known ? new OutcomeSpec(number, label, existing)
                : throw lexer.Semantic(numberToken, Messages.OutcomeUsedBeforePayoffs, number);
        }

        var open = lexer.Next();
        var payoffs = ImmutableArray.CreateBuilder<Rational>(playerCount);
        while (!lexer.PeekIs(TokenKind.CloseBrace))
        {
            payoffs.Add(lexer.ReadNumber());
            lexer.SkipComma();
        }

        lexer.Next();
        if (number == 0)
        {
            // Outcome 0 is "no outcome"; payoffs written after it have nowhere to go.
            return null;
        }

        if (payoffs.Count != playerCount)
        {
            throw lexer.Semantic(open, Messages.OutcomePayoffCount, number, payoffs.Count, playerCount);
        }

        var read = payoffs.DrainToImmutable();
        if (known && !read.SequenceEqual(existing))
        {
            throw lexer.Semantic(open, Messages.OutcomePayoffsDiffer, number);
        }

        outcomes[number] = read;
        return new OutcomeSpec(number, label, read);
    }
}
