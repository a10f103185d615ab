using System.Globalization;

namespace Brink.Games.Formats;

/// <summary>
/// The one input error of the Gambit readers: the file is not a game. The message is a single line,
/// <c>path:line:col: expected X, found 'Y'</c>, or <c>path:line:col: reason</c> for a well-formed file that
/// describes an impossible game.
/// </summary>
public class GameFormatException : FormatException
{
    /// <summary>Creates the exception with a located message.</summary>
    public GameFormatException(string path, int line, int column, string? expected, string? found, string reason)
        : base(Compose(path, line, column, reason))
    {
        Path = path;
        Line = line;
        Column = column;
        Expected = expected;
        Found = found;
    }

    /// <summary>Creates the exception.</summary>
    public GameFormatException()
    {
        Path = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public GameFormatException(string message)
        : base(message)
    {
        Path = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public GameFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    /// <summary>Creates an exception whose message is already composed (used by subclasses).</summary>
    protected GameFormatException(string path, string message, Exception? innerException)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The path (or name) the text was read from.</summary>
    public string Path { get; }

    /// <summary>1-based line of the offending token; 0 when the error has no position.</summary>
    public int Line { get; }

    /// <summary>1-based column of the offending token; 0 when the error has no position.</summary>
    public int Column { get; }

    /// <summary>What the reader expected, or null for a semantic error.</summary>
    public string? Expected { get; }

    /// <summary>What the reader found instead, or null for a semantic error.</summary>
    public string? Found { get; }

    /// <summary>A syntax error: <paramref name="expected"/> was wanted, <paramref name="found"/> was there.</summary>
    internal static GameFormatException Syntax(string path, int line, int column, string expected, string found) =>
        new(path, line, column, expected, found, string.Format(CultureInfo.InvariantCulture, Messages.ExpectedFound, expected, found));

    /// <summary>A semantic error: the text parses but describes an impossible game.</summary>
    internal static GameFormatException Semantic(string path, int line, int column, string reason) =>
        new(path, line, column, null, null, reason);

    /// <summary>The file exists but cannot be read.</summary>
    internal static GameFormatException Unreadable(string path, Exception innerException) =>
        new(path, string.Format(CultureInfo.InvariantCulture, Messages.FileUnreadable, path, innerException.Message), innerException);

    private static string Compose(string path, int line, int column, string reason) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}:{line}:{column}: {reason}");
}
