using Brink.Games.ExtensiveForm;
using Brink.Games.NormalForm;

namespace Brink.Cli.Commands.Games;

/// <summary>Conversions between game forms, delegated to the game core.</summary>
internal static class GameConversions
{
    /// <summary>The reduced normal form (perfect recall needed; otherwise a clear error, exit 2).</summary>
    public static NormalFormGame ToNormalForm(ExtensiveFormGame game) => ReducedNormalForm.Tabulate(game);
}
