using System.Globalization;

namespace Brink.Games.Text;

/// <summary>
/// The one error for text Brink cannot read: game files, situations, packs, dynamics and policies alike. Its message
/// is one line, <c>file:line:col: expected X, found 'Y'</c> (or <c>file:line:col: reason</c> when the text parses but
/// means something impossible); line and column are 1-based, and 0 when the error has no position (an unreadable
/// file). Shells catch this type once and exit with the input-error code.
/// </summary>
public class LocatedFormatException : FormatException
{
    /// <summary>A syntax error: <paramref name="expected"/> was wanted where <paramref name="found"/> is.</summary>
    public LocatedFormatException(string path, int line, int column, string expected, string found)
        : base(string.Create(CultureInfo.InvariantCulture, $"{path}:{line}:{column}: expected {expected}, found '{found}'"))
    {
        Path = path;
        Line = line;
        Column = column;
        Expected = expected;
        Found = found;
    }

    /// <summary>A semantic error: the text at the position parses but describes something impossible.</summary>
    public LocatedFormatException(string path, int line, int column, string reason)
        : base(string.Create(CultureInfo.InvariantCulture, $"{path}:{line}:{column}: {reason}"))
    {
        Path = path;
        Line = line;
        Column = column;
    }

    /// <summary>Creates an error without a location (for serialisers); prefer a located constructor.</summary>
    public LocatedFormatException()
    {
        Path = string.Empty;
    }

    /// <summary>Creates an error from a message only; prefer a located constructor.</summary>
    public LocatedFormatException(string message)
        : base(message)
    {
        Path = string.Empty;
    }

    /// <summary>Creates an error wrapping another; prefer a located constructor.</summary>
    public LocatedFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    /// <summary>An error about a whole file (no position), with its already composed message.</summary>
    public LocatedFormatException(string path, string message, Exception? innerException)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The file (or name) the text was read from.</summary>
    public string Path { get; }

    /// <summary>1-based line; 0 when the error has no position.</summary>
    public int Line { get; }

    /// <summary>1-based column; 0 when the error has no position.</summary>
    public int Column { get; }

    /// <summary>What the format requires there, or null for a semantic error.</summary>
    public string? Expected { get; }

    /// <summary>What the text has there, or null for a semantic error.</summary>
    public string? Found { get; }
}
