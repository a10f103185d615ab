using Brink.Games.Numerics;
using Brink.Games.NormalForm;

namespace Brink.Games.Formats;

/// <summary>
/// Reads Gambit's strategic-form format, <c>NFG 1 R</c> or <c>NFG 1 D</c>: players, strategies as label lists
/// or counts, an optional comment, then either one payoff per player per profile or a table of outcomes
/// followed by one outcome number per profile (0 = the null outcome, all payoffs 0). Profiles run with
/// player 1's strategy fastest, as in <see cref="NormalFormGame"/>.
/// </summary>
internal sealed class NfgReader(string text, string path)
{
    // Bounds the arrays a corrupted strategy count could make the reader allocate.
    private const long MaxPayoffEntries = GameLimits.MaxPayoffEntries;

    private readonly GambitLexer lexer = new(text, path);

    public NormalFormGame Read()
    {
        string title = GambitHeader.ReadTitle(lexer, text, "NFG", "1", Messages.NfgVersion);
        var players = GambitHeader.ReadPlayers(lexer);
        var strategies = ReadStrategies(players.Count);
        string comment = lexer.PeekIs(TokenKind.Quoted) ? lexer.ReadLabel() : string.Empty;
        long profiles = strategies.Aggregate(1L, (product, list) => product * list.Count);
        IReadOnlyList<Rational> payoffs = lexer.PeekIs(TokenKind.OpenBrace)
            ? ReadOutcomeTable(players.Count, (int)profiles)
            : ReadPayoffList(players.Count, (int)profiles);
        var end = lexer.Expect(TokenKind.End, Messages.EndOfInput);
        try
        {
            return NormalFormGame.Create(title, comment, players, strategies, payoffs);
        }
        catch (ArgumentException error)
        {
            // The checks above mirror the game's own; this only catches what they might miss.
            throw GameFormatErrors.Semantic(path, end.Line, end.Column, error.Message);
        }
    }

    private List<IReadOnlyList<string>> ReadStrategies(int playerCount)
    {
        var open = lexer.Expect(TokenKind.OpenBrace, Messages.OpenBrace);
        var strategies = new List<IReadOnlyList<string>>();
        long entries = playerCount;
        while (!lexer.PeekIs(TokenKind.CloseBrace))
        {
            var start = lexer.Peek();
            var list = start.Kind == TokenKind.OpenBrace ? ReadStrategyLabels() : CountedStrategies();
            if (list.Count == 0)
            {
                throw lexer.Semantic(start, Messages.NoStrategies, strategies.Count + 1);
            }

            entries *= list.Count;
            if (entries > MaxPayoffEntries)
            {
                throw lexer.Semantic(start, Messages.TooManyProfiles, MaxPayoffEntries);
            }

            strategies.Add(list);
        }

        lexer.Next();
        return strategies.Count == playerCount
            ? strategies
            : throw lexer.Semantic(open, Messages.StrategyListCount, strategies.Count, playerCount);
    }

    private List<string> ReadStrategyLabels()
    {
        lexer.Next();
        var labels = new List<string>();
        while (!lexer.PeekIs(TokenKind.CloseBrace))
        {
            labels.Add(lexer.ReadLabel());
        }

        lexer.Next();
        return labels;
    }

    private List<string> CountedStrategies()
    {
        int count = lexer.ReadInteger(out var token);
        if (count > MaxPayoffEntries)
        {
            throw lexer.Semantic(token, Messages.TooManyProfiles, MaxPayoffEntries);
        }

        // Gambit names counted strategies by their 1-based number.
        return [.. Enumerable.Range(1, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
    }

    private List<Rational> ReadPayoffList(int playerCount, int profiles)
    {
        // Grows with the text rather than trusting the header's counts, so a corrupted count cannot make the
        // reader allocate far more than the file holds.
        var payoffs = new List<Rational>();
        for (long i = 0, total = (long)profiles * playerCount; i < total; i++)
        {
            payoffs.Add(lexer.ReadNumber());
            lexer.SkipComma();
        }

        return payoffs;
    }

    private Rational[] ReadOutcomeTable(int playerCount, int profiles)
    {
        lexer.Next();
        var outcomes = new List<Rational[]>();
        while (!lexer.PeekIs(TokenKind.CloseBrace))
        {
            var open = lexer.Expect(TokenKind.OpenBrace, Messages.OpenBrace);
            lexer.ReadLabel();
            var values = new List<Rational>(playerCount);
            while (!lexer.PeekIs(TokenKind.CloseBrace))
            {
                values.Add(lexer.ReadNumber());
                lexer.SkipComma();
            }

            lexer.Next();
            if (values.Count != playerCount)
            {
                throw lexer.Semantic(open, Messages.OutcomePayoffCount, outcomes.Count + 1, values.Count, playerCount);
            }

            outcomes.Add([.. values]);
        }

        lexer.Next();
        var chosen = new List<int>();
        for (int k = 0; k < profiles; k++)
        {
            int outcome = lexer.ReadInteger(out var token);
            chosen.Add(outcome <= outcomes.Count
                ? outcome
                : throw lexer.Semantic(token, Messages.OutcomeIndexOutOfRange, outcome, outcomes.Count));
        }

        // Allocated only now that the text has shown one outcome number per profile.
        var payoffs = new Rational[profiles * playerCount];
        for (int k = 0; k < profiles; k++)
        {
            if (chosen[k] > 0)
            {
                outcomes[chosen[k] - 1].CopyTo(payoffs, k * playerCount);
            }
        }

        return payoffs;
    }
}
