using System.Globalization;

namespace Brink.Games.Verification;

/// <summary>Whether a mixed profile has one probability distribution per player over that player's strategies.</summary>
/// <typeparam name="T">Rational or double.</typeparam>
/// <typeparam name="TArithmetic">The operations on <typeparamref name="T"/>.</typeparam>
internal static class Mixtures<T, TArithmetic>
    where TArithmetic : IArithmetic<T>
{
    /// <summary>Null for a well-formed profile, else one sentence naming the first player whose mixture is wrong.</summary>
    public static string? Problem(IReadOnlyList<int> strategyCounts, IReadOnlyList<IReadOnlyList<T>> mixture)
    {
        if (mixture.Count != strategyCounts.Count)
        {
            return Text($"the profile has {mixture.Count} mixtures for {strategyCounts.Count} players");
        }

        for (int p = 0; p < strategyCounts.Count; p++)
        {
            if (mixture[p].Count != strategyCounts[p])
            {
                return Text($"player {p + 1} has {strategyCounts[p]} strategies, the profile gives {mixture[p].Count} probabilities");
            }

            T total = mixture[p].Aggregate(TArithmetic.Zero, TArithmetic.Add);
            if (mixture[p].Any(TArithmetic.IsNegative) || !TArithmetic.IsOne(total))
            {
                return Text($"player {p + 1}'s probabilities are not a distribution (they sum to {TArithmetic.ToDouble(total)})");
            }
        }

        return null;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
