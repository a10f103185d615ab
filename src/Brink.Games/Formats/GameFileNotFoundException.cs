using System.Globalization;
using Brink.Games.Text;

namespace Brink.Games.Formats;

/// <summary>
/// The game file does not exist (or its folder does not). A <see cref="LocatedFormatException"/> so that callers
/// catch every input error in one place; its message is <c>path: file not found</c>.
/// </summary>
public sealed class GameFileNotFoundException : LocatedFormatException
{
    private GameFileNotFoundException(string path, string message, Exception? innerException)
        : base(path, message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public GameFileNotFoundException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public GameFileNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public GameFileNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The exception for a missing <paramref name="path"/>.</summary>
    internal static GameFileNotFoundException ForPath(string path, Exception? innerException) =>
        new(path, string.Format(CultureInfo.InvariantCulture, Messages.FileNotFound, path), innerException);
}
