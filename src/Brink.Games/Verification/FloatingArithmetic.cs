using Brink.Games.NormalForm;
using Brink.Games.Numerics;

namespace Brink.Games.Verification;

/// <summary>Double arithmetic for profiles a floating-point method printed (logit).</summary>
internal readonly struct FloatingArithmetic : IArithmetic<double>
{
    /// <summary>How far a printed segment may sum from one: a few ulps per entry, far below any real error.</summary>
    private const double SumTolerance = 1e-9;

    public static double Zero => 0;

    public static double One => 1;

    public static double Add(double a, double b) => a + b;

    public static double Subtract(double a, double b) => a - b;

    public static double Multiply(double a, double b) => a * b;

    public static double Divide(double a, double b) => a / b;

    public static bool Greater(double a, double b) => a > b;

    public static bool IsNegative(double value) => value < 0 || double.IsNaN(value);

    public static bool IsZero(double value) => value == 0;

    public static bool IsOne(double total) => Math.Abs(total - 1) <= SumTolerance;

    public static double FromRational(Rational value) => value.ToDouble();

    public static double Payoff(NormalFormGame game, int profileIndex, int player) => game.PayoffAsDouble(profileIndex, player);

    public static double ToDouble(double value) => value;
}
