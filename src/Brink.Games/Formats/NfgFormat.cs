using System.Diagnostics.CodeAnalysis;
using System.Text;
using Brink.Games.NormalForm;
using Brink.Games.Text;

namespace Brink.Games.Formats;

/// <summary>Gambit's strategic-form file format (<c>.nfg</c>, version 1).</summary>
public static class NfgFormat
{
    /// <summary>
    /// Reads a strategic-form game from <paramref name="text"/>. Numbers are read exactly in both the
    /// <c>R</c> and the <c>D</c> variant. Throws <see cref="LocatedFormatException"/>, located in
    /// <paramref name="path"/>, for any text that is not a game.
    /// </summary>
    public static NormalFormGame Read(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        return new NfgReader(text, path).Read();
    }

    /// <summary>Reads like <see cref="Read"/> but returns the error instead of throwing it.</summary>
    public static bool TryRead(
        string text,
        string path,
        [NotNullWhen(true)] out NormalFormGame? game,
        [NotNullWhen(false)] out LocatedFormatException? error) =>
        LocatedRead.Try(() => Read(text, path), out game, out error);

    /// <summary>
    /// Writes <paramref name="game"/> in the payoff-list form (<c>NFG 1 R</c>, exact rationals), one line per
    /// profile with player 1's strategy varying fastest. Gambit and <see cref="Read"/> read it back.
    /// </summary>
    public static string Write(NormalFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        var text = new StringBuilder("NFG 1 R ");
        text.AppendQuoted(game.Title).Append(' ').AppendQuotedList(game.Players).Append('\n');
        text.Append('{');
        foreach (var strategies in game.Strategies)
        {
            text.Append(' ').AppendQuotedList(strategies);
        }

        text.Append(" }\n").AppendQuoted(game.Comment).Append("\n\n");
        var payoffs = game.AllPayoffs;
        for (int k = 0; k < game.ProfileCount; k++)
        {
            for (int p = 0; p < game.PlayerCount; p++)
            {
                text.Append(p == 0 ? string.Empty : " ").Append(payoffs[(k * game.PlayerCount) + p].ToString());
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
