namespace Brink.Model.Packs;

/// <summary>
/// A <c>pack.yaml</c> that does not follow the pack format (docs/model.md). The message is one line:
/// <c>file:line:col: expected X, found 'Y'</c>; line and column are 1-based.
/// </summary>
public sealed class PackFormatException : FormatException
{
    /// <summary>Creates the error.</summary>
    public PackFormatException(string path, int line, int column, string expected, string found)
        : base($"{path}:{line}:{column}: expected {expected}, found '{found}'")
    {
        Path = path;
        Line = line;
        Column = column;
        Expected = expected;
        Found = found;
    }

    /// <summary>Creates an error without a location (for serialisers); prefer the full constructor.</summary>
    public PackFormatException()
        : this(string.Empty, 0, 0, string.Empty, string.Empty)
    {
    }

    /// <summary>Creates an error from a message only; prefer the full constructor.</summary>
    public PackFormatException(string message)
        : base(message)
    {
        Path = Expected = Found = string.Empty;
    }

    /// <summary>Creates an error wrapping another; prefer the full constructor.</summary>
    public PackFormatException(string message, Exception innerException)
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
