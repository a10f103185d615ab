using Brink.Games.NormalForm;
using Brink.Games.Numerics;

namespace Brink.Games.Verification;

/// <summary>
/// The few operations the evaluators need, over exact rationals (exact methods: regret must be exactly zero)
/// or doubles (logit: regret within a tolerance), so one evaluator serves both.
/// </summary>
/// <typeparam name="T">The number type.</typeparam>
internal interface IArithmetic<T>
{
    static abstract T Zero { get; }

    static abstract T One { get; }

    static abstract T Add(T a, T b);

    static abstract T Subtract(T a, T b);

    static abstract T Multiply(T a, T b);

    static abstract T Divide(T a, T b);

    static abstract bool Greater(T a, T b);

    static abstract bool IsNegative(T value);

    static abstract bool IsZero(T value);

    /// <summary>Whether a probability segment's total counts as one (exactly, or within rounding).</summary>
    static abstract bool IsOne(T total);

    static abstract T FromRational(Rational value);

    static abstract T Payoff(NormalFormGame game, int profileIndex, int player);

    static abstract double ToDouble(T value);
}
