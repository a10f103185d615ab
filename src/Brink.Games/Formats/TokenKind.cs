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
