using Brink.Games.Text;

namespace Brink.Games.Formats;

/// <summary>Reads a Gambit game file of either kind, deciding by its header (<c>NFG</c> or <c>EFG</c>), not its name.</summary>
public static class GameFile
{
    /// <summary>
    /// Reads the file at <paramref name="path"/>. Throws <see cref="GameFileNotFoundException"/> when it does not
    /// exist and <see cref="LocatedFormatException"/> when it cannot be read or is not a game.
    /// </summary>
    public static LoadedGame Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            throw GameFileNotFoundException.ForPath(path, error);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw GameFormatErrors.Unreadable(path, error);
        }

        return Parse(text, path);
    }

    /// <summary>Reads a game of either kind from <paramref name="text"/>, naming <paramref name="path"/> in errors.</summary>
    public static LoadedGame Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        var lexer = new GambitLexer(text, path);
        var first = lexer.Peek();
        if (lexer.IsWord(first, "NFG"))
        {
            return LoadedGame.FromNormalForm(path, NfgFormat.Read(text, path));
        }

        return lexer.IsWord(first, "EFG")
            ? LoadedGame.FromExtensiveForm(path, EfgFormat.Read(text, path))
            : throw lexer.Error(first, Messages.Header);
    }
}
