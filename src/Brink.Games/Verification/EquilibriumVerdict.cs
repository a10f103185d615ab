using System.Collections.Immutable;
using System.Globalization;
using Brink.Games.Numerics;

namespace Brink.Games.Verification;

/// <summary>
/// The independent check of one printed profile: each player's regret (best deviation value minus the value
/// of the profile) and whether every regret is zero (exact profiles) or within the tolerance (floating ones).
/// </summary>
/// <param name="IsEquilibrium">Whether the profile is well formed and no player's regret exceeds the tolerance.</param>
/// <param name="Player">The 1-based player with the largest regret; 0 for a malformed profile.</param>
/// <param name="Regret">That player's regret (as a double).</param>
/// <param name="ExactRegret">The same regret exactly, for exact profiles; null for floating ones.</param>
/// <param name="Tolerance">The largest regret accepted: 0 for exact profiles.</param>
/// <param name="Regrets">Every player's regret, player 1 first.</param>
/// <param name="Problem">Why the profile is not a profile of the game at all, or null.</param>
public sealed record EquilibriumVerdict(
    bool IsEquilibrium,
    int Player,
    double Regret,
    Rational? ExactRegret,
    double Tolerance,
    ImmutableArray<double> Regrets,
    string? Problem)
{
    /// <summary>One line naming the method and what is wrong (or that nothing is).</summary>
    public string Describe(string method)
    {
        if (Problem is not null)
        {
            return $"{method} produced a malformed profile: {Problem}";
        }

        if (IsEquilibrium)
        {
            return $"{method}: equilibrium verified";
        }

        string gain = ExactRegret is { } exact
            ? $"{exact} (exact check, regret must be 0)"
            : string.Create(CultureInfo.InvariantCulture, $"{Regret:G6} (tolerance {Tolerance:G3})");
        return string.Create(CultureInfo.InvariantCulture, $"{method} produced a profile that is not an equilibrium: player {Player} gains {gain} by deviating");
    }
}
