using System.Globalization;
using Brink.Games.Text;

namespace Brink.Games.Formats;

/// <summary>The game readers' errors, each a <see cref="LocatedFormatException"/> worded the same way.</summary>
internal static class GameFormatErrors
{
    /// <summary>A syntax error: <paramref name="expected"/> was wanted, <paramref name="found"/> was there.</summary>
    internal static LocatedFormatException Syntax(string path, int line, int column, string expected, string found) =>
        new(path, line, column, expected, found);

    /// <summary>A semantic error: the text parses but describes an impossible game.</summary>
    internal static LocatedFormatException Semantic(string path, int line, int column, string reason) =>
        new(path, line, column, reason);

    /// <summary>The file exists but cannot be read.</summary>
    internal static LocatedFormatException Unreadable(string path, Exception innerException) =>
        new(path, string.Format(CultureInfo.InvariantCulture, Messages.FileUnreadable, path, innerException.Message), innerException);
}
