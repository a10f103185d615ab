using System.Diagnostics.CodeAnalysis;
using Brink.Games.ExtensiveForm;
using Brink.Games.Text;

namespace Brink.Games.Formats;

/// <summary>Gambit's extensive-form file format (<c>.efg</c>, version 2).</summary>
public static class EfgFormat
{
    /// <summary>
    /// Reads a game tree from <paramref name="text"/>. Numbers are read exactly in both the <c>R</c> and the
    /// <c>D</c> variant. Throws <see cref="LocatedFormatException"/>, located in <paramref name="path"/>, for any
    /// text that is not a game, including a well-formed tree that cannot be one (wrong payoff counts, chance
    /// probabilities not summing to 1, an unknown player, an information set given two action lists).
    /// </summary>
    public static ExtensiveFormGame Read(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        return new EfgReader(text, path).Read();
    }

    /// <summary>Reads like <see cref="Read"/> but returns the error instead of throwing it.</summary>
    public static bool TryRead(
        string text,
        string path,
        [NotNullWhen(true)] out ExtensiveFormGame? game,
        [NotNullWhen(false)] out LocatedFormatException? error) =>
        LocatedRead.Try(() => Read(text, path), out game, out error);

    /// <summary>
    /// Writes <paramref name="game"/> as <c>EFG 2 R</c> with exact rationals, one node per line in preorder,
    /// spelling out every action list and outcome as Gambit does. Gambit and <see cref="Read"/> read it back.
    /// </summary>
    public static string Write(ExtensiveFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        return EfgWriter.Write(game);
    }
}
