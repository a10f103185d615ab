using Brink.Games.ExtensiveForm;
using Brink.Games.NormalForm;

namespace Brink.Cli.Commands.Games;

/// <summary>Conversions between game forms, delegated to the game core.</summary>
internal static class GameConversions
{
    public static NormalFormGame ToNormalForm(ExtensiveFormGame game) =>
        throw new NotSupportedException($"the reduced normal form of '{game.Title}' is not available yet");
}
