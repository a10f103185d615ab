using Brink.Games.Text;

namespace Brink.Games.Formats;

/// <summary>
/// Size limits on a Gambit file, each refused with a located <see cref="LocatedFormatException"/> rather than an
/// exhausted memory or stack (docs/limits.md). The largest bundled game (kuhn40.efg) is 0.5 MB with 3 players.
/// </summary>
public static class GameLimits
{
    /// <summary>Longest text read, in characters (16 MiB).</summary>
    public const int MaxCharacters = 1 << 24;

    /// <summary>Most players in one game.</summary>
    public const int MaxPlayers = 64;

    /// <summary>Most payoff entries of a strategic-form game: profiles × players (2^24).</summary>
    public const long MaxPayoffEntries = 1L << 24;

    /// <summary>Most nodes of a game tree.</summary>
    public const int MaxTreeNodes = 1_000_000;

    /// <summary>Deepest game tree: building and walking a tree recurses once per level.</summary>
    public const int MaxTreeDepth = 1000;
}
