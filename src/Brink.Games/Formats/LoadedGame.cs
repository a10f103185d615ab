using Brink.Games.ExtensiveForm;
using Brink.Games.NormalForm;

namespace Brink.Games.Formats;

/// <summary>A game read from a file: exactly one of <see cref="NormalForm"/> and <see cref="ExtensiveForm"/> is set.</summary>
public sealed record LoadedGame
{
    // Invariant: exactly one of the two games is non-null.
    private LoadedGame(string path, NormalFormGame? normalForm, ExtensiveFormGame? extensiveForm)
    {
        Path = path;
        NormalForm = normalForm;
        ExtensiveForm = extensiveForm;
    }

    /// <summary>Where the game was read from.</summary>
    public string Path { get; }

    /// <summary>The strategic-form game, when the file was an .nfg.</summary>
    public NormalFormGame? NormalForm { get; }

    /// <summary>The game tree, when the file was an .efg.</summary>
    public ExtensiveFormGame? ExtensiveForm { get; }

    /// <summary>Whether the file held a game tree.</summary>
    public bool IsExtensiveForm => ExtensiveForm is not null;

    /// <summary>The game's title.</summary>
    public string Title => NormalForm?.Title ?? ExtensiveForm!.Title;

    /// <summary>Wraps a strategic-form game.</summary>
    public static LoadedGame FromNormalForm(string path, NormalFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        return new LoadedGame(path, game, null);
    }

    /// <summary>Wraps a game tree.</summary>
    public static LoadedGame FromExtensiveForm(string path, ExtensiveFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        return new LoadedGame(path, null, game);
    }
}
