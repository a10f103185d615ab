using Brink.Games.Numerics;
using FsCheck;
using FsCheck.Fluent;

namespace Brink.Games.Tests.Numerics;

public class DoubleDoubleTests
{
    [Fact]
    public void Division_KeepsAboutThirtyDigits()
    {
        // 1/3 in double-double times 3 misses 1 by far less than a double's ulp (2.2e-16).
        var third = DoubleDouble.FromRational(Rational.Create(1, 3));
        var product = third * 3;
        AssertNear.Equal(0, (product - 1).ToDouble(), 1e-30);
        AssertNear.Equal(0, (((DoubleDouble)1 / 3) - third).ToDouble(), 1e-31);
    }

    [Fact]
    public void FromRational_CarriesWhatADoubleLoses()
    {
        var tenth = DoubleDouble.FromRational(Rational.Create(1, 10));
        Assert.NotEqual(0.0, tenth.Lo);
        AssertNear.Equal(0, ((tenth * 10) - 1).ToDouble(), 1e-31);
    }

    [Fact]
    public void Arithmetic_AgreesWithExactRationals() =>
        Prop.ForAll<(int A, int B), (int C, int D)>((first, second) =>
        {
            var x = Rational.Create(first.A, first.B == 0 ? 1 : first.B);
            var y = Rational.Create(second.C, second.D == 0 ? 1 : second.D);
            var (dx, dy) = (DoubleDouble.FromRational(x), DoubleDouble.FromRational(y));
            double scale = 1 + Math.Abs(x.ToDouble()) + Math.Abs(y.ToDouble());
            bool Close(DoubleDouble approximate, Rational exact) =>
                Math.Abs((approximate - DoubleDouble.FromRational(exact)).ToDouble()) <= 1e-28 * scale * scale;
            return Close(dx + dy, x + y) && Close(dx - dy, x - y) && Close(dx * dy, x * y)
                && (y.IsZero || Math.Abs((dx / dy).ToDouble() - (x / y).ToDouble()) <= 1e-15 * (1 + Math.Abs((x / y).ToDouble())));
        }).QuickCheckThrowOnFailure();
}
