namespace Brink.Games.Formats;

/// <summary>What kind of piece of Gambit text a token is.</summary>
internal enum TokenKind
{
    /// <summary>An unquoted run: a keyword, a number or junk.</summary>
    Bare,

    /// <summary>A double-quoted label.</summary>
    Quoted,

    /// <summary><c>{</c>.</summary>
    OpenBrace,

    /// <summary><c>}</c>.</summary>
    CloseBrace,

    /// <summary><c>,</c>.</summary>
    Comma,

    /// <summary>The end of the text.</summary>
    End,
}

/// <summary>A token: where it sits in the text (offset, length, 1-based line and column).</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int Length, int Line, int Column);
