using System.Collections.Immutable;

namespace Brink.Games.Verification;

/// <summary>
/// What an evaluator found: each player's expected payoff and best-reply value against the others, or why the
/// profile is not a profile of the game at all.
/// </summary>
/// <typeparam name="T">Rational or double.</typeparam>
/// <param name="Values">Per player (0-based), the expected payoff of the profile.</param>
/// <param name="BestReplies">Per player, the most it can get by deviating alone.</param>
/// <param name="Problem">Null for a well-formed profile; else one sentence (Values and BestReplies are then empty).</param>
internal sealed record Evaluation<T>(ImmutableArray<T> Values, ImmutableArray<T> BestReplies, string? Problem)
{
    public static Evaluation<T> Malformed(string problem) => new([], [], problem);
}
