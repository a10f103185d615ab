namespace Brink.Model.Situations;

/// <summary>
/// A situation file that does not follow the contract (docs: situations.md). The message is one line:
/// <c>file:line:col: expected X, found 'Y'</c>; line and column are 1-based.
/// </summary>
public sealed class SituationFormatException : FormatException
{
    /// <summary>Creates the error.</summary>
    public SituationFormatException(string path, int line, int column, string expected, string found)
        : base($"{path}:{line}:{column}: expected {expected}, found '{found}'")
    {
        Path = path;
        Line = line;
        Column = column;
        Expected = expected;
        Found = found;
    }

    /// <summary>Creates an error without a location (for serialisers); prefer the full constructor.</summary>
    public SituationFormatException()
        : this(string.Empty, 0, 0, string.Empty, string.Empty)
    {
    }

    /// <summary>Creates an error from a message only; prefer the full constructor.</summary>
    public SituationFormatException(string message)
        : base(message)
    {
        Path = Expected = Found = string.Empty;
    }

    /// <summary>Creates an error wrapping another; prefer the full constructor.</summary>
    public SituationFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = Expected = Found = string.Empty;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }

    /// <summary>What the format requires there.</summary>
    public string Expected { get; }

    /// <summary>What the file has there.</summary>
    public string Found { get; }
}
