namespace Brink.Games.Numerics;

/// <summary>
/// An unevaluated sum hi + lo of two doubles (|lo| ≤ ½ ulp(hi)): about 32 significant digits at a few times the
/// cost of a double, for floating-point pivoting that runs thousands of forced pivots (Dekker 1971; Hida, Li
/// and Bailey 2001). Only what the pivoting needs: +, −, ×, ÷ and comparisons by value.
/// </summary>
internal readonly record struct DoubleDouble(double Hi, double Lo)
{
    public static DoubleDouble Zero => default;

    public bool IsZero => Hi == 0;

    public int Sign => Math.Sign(Hi);

    public static DoubleDouble FromRational(Rational value)
    {
        double hi = value.ToDouble();
        return new DoubleDouble(hi, (value - Rational.FromDouble(hi)).ToDouble());
    }

    public static implicit operator DoubleDouble(double value) => new(value, 0);

    public static DoubleDouble operator -(DoubleDouble a) => new(-a.Hi, -a.Lo);

    public static DoubleDouble operator +(DoubleDouble a, DoubleDouble b)
    {
        var (s, e) = TwoSum(a.Hi, b.Hi);
        return Normalise(s, e + a.Lo + b.Lo);
    }

    public static DoubleDouble operator -(DoubleDouble a, DoubleDouble b) => a + (-b);

    public static DoubleDouble operator *(DoubleDouble a, DoubleDouble b)
    {
        double p = a.Hi * b.Hi;
        double e = Math.FusedMultiplyAdd(a.Hi, b.Hi, -p) + (a.Hi * b.Lo) + (a.Lo * b.Hi);
        return Normalise(p, e);
    }

    public static DoubleDouble operator /(DoubleDouble a, DoubleDouble b)
    {
        double q1 = a.Hi / b.Hi;
        var r = a - (b * q1);
        double q2 = r.Hi / b.Hi;
        r -= b * q2;
        double q3 = r.Hi / b.Hi;
        return Normalise(q1, q2) + q3;
    }

    public static bool operator <(DoubleDouble a, DoubleDouble b) => a.Hi < b.Hi || (a.Hi == b.Hi && a.Lo < b.Lo);

    public static bool operator >(DoubleDouble a, DoubleDouble b) => b < a;

    public static DoubleDouble Abs(DoubleDouble a) => a.Hi < 0 ? -a : a;

    public double ToDouble() => Hi + Lo;

    private static (double Sum, double Error) TwoSum(double a, double b)
    {
        double s = a + b;
        double v = s - a;
        return (s, (a - (s - v)) + (b - v));
    }

    private static DoubleDouble Normalise(double hi, double lo)
    {
        double s = hi + lo;
        return new DoubleDouble(s, lo - (s - hi));
    }
}
