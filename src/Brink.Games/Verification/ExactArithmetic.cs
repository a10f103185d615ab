using Brink.Games.NormalForm;
using Brink.Games.Numerics;

namespace Brink.Games.Verification;

/// <summary>Rational arithmetic: no rounding, so a regret is zero or it is not.</summary>
internal readonly struct ExactArithmetic : IArithmetic<Rational>
{
    public static Rational Zero => Rational.Zero;

    public static Rational One => Rational.One;

    public static Rational Add(Rational a, Rational b) => a + b;

    public static Rational Subtract(Rational a, Rational b) => a - b;

    public static Rational Multiply(Rational a, Rational b) => a * b;

    public static Rational Divide(Rational a, Rational b) => a / b;

    public static bool Greater(Rational a, Rational b) => a > b;

    public static bool IsNegative(Rational value) => value.Sign < 0;

    public static bool IsZero(Rational value) => value.IsZero;

    public static bool IsOne(Rational total) => total == Rational.One;

    public static Rational FromRational(Rational value) => value;

    public static Rational Payoff(NormalFormGame game, int profileIndex, int player) => game.Payoff(profileIndex, player);

    public static double ToDouble(Rational value) => value.ToDouble();
}
