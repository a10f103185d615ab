using System.Buffers;
using System.Globalization;
using System.Text;
using Brink.Games.Text;

namespace Brink.Games.Formats;

/// <summary>
/// Splits Gambit's .nfg/.efg text into tokens with positions and reads labels, numbers and integers from them.
/// Every failure becomes a <see cref="LocatedFormatException"/> pointing at the offending token.
/// </summary>
internal sealed partial class GambitLexer
{
    private const int MaxFoundLength = 40;
    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\\\n");

    private readonly string text;
    private readonly string path;
    private int position;
    private int line = 1;
    private int lineStart;
    private Token? peeked;

    public GambitLexer(string text, string path)
    {
        this.text = text;
        this.path = path;
        numberLookup = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        labelLookup = labels.GetAlternateLookup<ReadOnlySpan<char>>();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            position = 1;
            lineStart = 1;
        }

        if (text.Length > GameLimits.MaxCharacters)
        {
            var before = text.AsSpan(0, GameLimits.MaxCharacters);
            int lastBreak = before.LastIndexOf('\n');
            throw GameFormatErrors.Semantic(path, before.Count('\n') + 1, GameLimits.MaxCharacters - lastBreak,
                string.Format(CultureInfo.InvariantCulture, Messages.TooManyCharacters, GameLimits.MaxCharacters));
        }
    }

    /// <summary>Refuses a player list longer than <see cref="GameLimits.MaxPlayers"/> at its opening brace.</summary>
    public void CheckPlayerCount(Token open, int count)
    {
        if (count > GameLimits.MaxPlayers)
        {
            throw Semantic(open, Messages.TooManyPlayers, GameLimits.MaxPlayers);
        }
    }

    public string Path => path;

    public Token Peek() => peeked ??= Scan();

    public Token Next()
    {
        var token = Peek();
        peeked = null;
        return token;
    }

    public bool PeekIs(TokenKind kind) => Peek().Kind == kind;

    public Token Expect(TokenKind kind, string expected)
    {
        var token = Next();
        return token.Kind == kind ? token : throw Error(token, expected);
    }

    public void ExpectKeyword(string keyword, string expected)
    {
        var token = Next();
        if (!IsWord(token, keyword))
        {
            throw Error(token, expected);
        }
    }

    public bool IsWord(Token token, string word) => token.Kind == TokenKind.Bare && Span(token).SequenceEqual(word);

    public void SkipComma()
    {
        if (PeekIs(TokenKind.Comma))
        {
            Next();
        }
    }

    public string ReadLabel() => LabelOf(Expect(TokenKind.Quoted, Messages.Label));

    public LocatedFormatException Error(Token token, string expected) =>
        GameFormatErrors.Syntax(path, token.Line, token.Column, expected, Describe(token));

    public LocatedFormatException Semantic(Token token, string format, params object[] arguments) =>
        GameFormatErrors.Semantic(path, token.Line, token.Column, string.Format(CultureInfo.InvariantCulture, format, arguments));

    private ReadOnlySpan<char> Span(Token token) => text.AsSpan(token.Start, token.Length);

    private string Describe(Token token)
    {
        if (token.Kind == TokenKind.End)
        {
            return Messages.EndOfFile;
        }

        var span = Span(token);
        var found = new StringBuilder();
        foreach (char c in span.Length > MaxFoundLength ? span[..MaxFoundLength] : span)
        {
            // The message must stay on one line whatever the file holds.
            found.Append(char.IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c);
        }

        return span.Length > MaxFoundLength ? found.Append("...").ToString() : found.ToString();
    }

    private Token Scan()
    {
        while (position < text.Length && IsWhiteSpace(text[position]))
        {
            if (text[position] == '\n')
            {
                line++;
                lineStart = position + 1;
            }

            position++;
        }

        int start = position;
        int column = start - lineStart + 1;
        int startLine = line;
        if (position >= text.Length)
        {
            return new Token(TokenKind.End, start, 0, startLine, column);
        }

        char first = text[position];
        TokenKind? single = first switch
        {
            '{' => TokenKind.OpenBrace,
            '}' => TokenKind.CloseBrace,
            ',' => TokenKind.Comma,
            _ => null,
        };
        if (single is { } kind)
        {
            position++;
            return new Token(kind, start, 1, startLine, column);
        }

        if (first == '"')
        {
            return ScanQuoted(start, startLine, column);
        }

        while (position < text.Length && !IsDelimiter(text[position]))
        {
            position++;
        }

        return new Token(TokenKind.Bare, start, position - start, startLine, column);
    }

    private Token ScanQuoted(int start, int startLine, int column)
    {
        position++;
        while (position < text.Length && text[position] != '"')
        {
            int skip = text.AsSpan(position).IndexOfAny(QuotedStops);
            if (skip < 0)
            {
                position = text.Length;
                break;
            }

            position += skip;
            if (text[position] == '"')
            {
                break;
            }

            if (text[position] == '\\' && position + 1 < text.Length)
            {
                position++;
            }

            if (text[position] == '\n')
            {
                line++;
                lineStart = position + 1;
            }

            position++;
        }

        if (position >= text.Length)
        {
            var end = new Token(TokenKind.End, position, 0, line, position - lineStart + 1);
            throw GameFormatErrors.Syntax(path, startLine, column, Messages.ClosingQuote, Describe(end));
        }

        position++;
        return new Token(TokenKind.Quoted, start, position - start, startLine, column);
    }

    private static bool IsDelimiter(char c) => IsWhiteSpace(c) || c is '"' or '{' or '}' or ',';

    // ASCII letters, digits and punctuation are by far the most common characters; test them without a table lookup.
    private static bool IsWhiteSpace(char c) => c == ' ' || (c is < '!' or > '~' && char.IsWhiteSpace(c));
}
