namespace Brink.Games.Formats;

/// <summary>Pieces of the header shared by both formats.</summary>
internal static class GambitHeader
{
    /// <summary>
    /// Whether the token is <c>R</c> (rational) or <c>D</c> (decimal). Brink reads numbers exactly in both, so
    /// the letter only has to be valid.
    /// </summary>
    public static bool IsPrecision(string text, Token token) =>
        token.Length == 1 && text[token.Start] is 'R' or 'D';

    /// <summary>
    /// Reads the format's keyword (<c>NFG</c>, <c>EFG</c>), its version and the precision letter, and returns the
    /// title that follows them.
    /// </summary>
    public static string ReadTitle(GambitLexer lexer, string text, string keyword, string version, string versionExpected)
    {
        lexer.ExpectKeyword(keyword, Messages.Header);
        lexer.ExpectKeyword(version, versionExpected);
        var precision = lexer.Next();
        if (precision.Kind != TokenKind.Bare || !IsPrecision(text, precision))
        {
            throw lexer.Error(precision, Messages.Precision);
        }

        return lexer.ReadLabel();
    }

    /// <summary>Reads the braced list of player names; a game needs at least one.</summary>
    public static List<string> ReadPlayers(GambitLexer lexer)
    {
        var open = lexer.Expect(TokenKind.OpenBrace, Messages.OpenBrace);
        var players = new List<string>();
        while (!lexer.PeekIs(TokenKind.CloseBrace))
        {
            players.Add(lexer.ReadLabel());
            lexer.CheckPlayerCount(open, players.Count);
        }

        lexer.Next();
        return players.Count > 0 ? players : throw lexer.Semantic(open, Messages.NoPlayers);
    }
}
