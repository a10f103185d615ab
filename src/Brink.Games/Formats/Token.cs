namespace Brink.Games.Formats;

/// <summary>A token: where it sits in the text (offset, length, 1-based line and column).</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int Length, int Line, int Column);
