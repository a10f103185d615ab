using System.Numerics;
using Brink.Games.Numerics;
using FsCheck;
using FsCheck.Fluent;

namespace Brink.Games.Tests.Numerics;

public class RationalTests
{
    [Theory]
    [InlineData("1/3", 1, 3)]
    [InlineData("-2/4", -1, 2)]
    [InlineData("6/-4", 0, 0)]
    [InlineData("0.25", 1, 4)]
    [InlineData("-1.5e2", -150, 1)]
    [InlineData("3e-2", 3, 100)]
    [InlineData(".5", 1, 2)]
    [InlineData("7", 7, 1)]
    public void TryParse_GambitNumberForms_ReadsExactly(string text, long numerator, long denominator)
    {
        bool ok = Rational.TryParse(text, out var value);
        if (denominator == 0)
        {
            Assert.False(ok);
            return;
        }

        Assert.True(ok);
        Assert.Equal(Rational.Create(numerator, denominator), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1/0")]
    [InlineData("abc")]
    [InlineData("1..2")]
    [InlineData("1e")]
    [InlineData("-")]
    public void TryParse_Garbage_Fails(string text) => Assert.False(Rational.TryParse(text, out _));

    [Fact]
    public void ToString_PrintsGambitForm()
    {
        Assert.Equal("1/3", Rational.Create(2, 6).ToString());
        Assert.Equal("-5", Rational.FromInteger(-5).ToString());
        Assert.Equal("0", default(Rational).ToString());
    }

    [Fact]
    public void Default_IsZeroAndEqualsZero()
    {
        Assert.True(default(Rational).IsZero);
        Assert.Equal(Rational.Zero, default);
        Assert.Equal(BigInteger.One, default(Rational).Denominator);
    }

    [Fact]
    public void FromDouble_IsExact()
    {
        Assert.Equal(Rational.Create(1, 8), Rational.FromDouble(0.125));
        Assert.Equal(0.1, Rational.FromDouble(0.1).ToDouble());
        Assert.Equal(Rational.FromInteger(-3), Rational.FromDouble(-3.0));
    }

    [Fact]
    public void Arithmetic_FieldLaws_Hold() =>
        Prop.ForAll<(int A, int B), (int C, int D)>((first, second) =>
        {
            var (a, b) = first;
            var (c, d) = second;
            var x = Rational.Create(a, b == 0 ? 1 : b);
            var y = Rational.Create(c, d == 0 ? 1 : d);
            bool inverse = y.IsZero || (x / y) * y == x;
            return x + y == y + x && (x - y) + y == x && x * y == y * x && inverse && -(-x) == x;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void ParseOfToString_IsIdentity() =>
        Prop.ForAll<long, int>((a, b) =>
        {
            var x = Rational.Create(a, b == 0 ? 1 : b);
            return Rational.Parse(x.ToString()) == x;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void CompareTo_AgreesWithDoubles() =>
        Prop.ForAll<(int A, int B), (int C, int D)>((first, second) =>
        {
            var (a, b) = first;
            var (c, d) = second;
            var x = Rational.Create(a, b == 0 ? 1 : b);
            var y = Rational.Create(c, d == 0 ? 1 : d);
            return Math.Sign(x.CompareTo(y)) == Math.Sign(((decimal)x.Numerator / (decimal)x.Denominator).CompareTo((decimal)y.Numerator / (decimal)y.Denominator));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Divide_ByZero_Throws() =>
        Assert.Throws<DivideByZeroException>(() => Rational.One / Rational.Zero);
}
