using System.Diagnostics.CodeAnalysis;

namespace Brink.Games.Text;

/// <summary>The <c>TryRead</c>/<c>TryParse</c> form of every throwing reader (game files, dynamics, policies).</summary>
public static class LocatedRead
{
    /// <summary>Runs <paramref name="read"/>, handing back its <see cref="LocatedFormatException"/> instead of throwing it.</summary>
    /// <returns>Whether <paramref name="read"/> succeeded.</returns>
    public static bool Try<T>(
        Func<T> read,
        [NotNullWhen(true)] out T? value,
        [NotNullWhen(false)] out LocatedFormatException? error)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            value = read();
            error = null;
            return true;
        }
        catch (LocatedFormatException exception)
        {
            value = null;
            error = exception;
            return false;
        }
    }
}
