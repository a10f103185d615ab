using Brink.Games.Numerics;
using FsCheck;
using FsCheck.Fluent;

namespace Brink.Games.Tests.Numerics;

public class RationalSimplestTests
{
    [Theory]
    [InlineData(1.0 / 3, 1, 3)]
    [InlineData(-5.0 / 9, -5, 9)]
    [InlineData(0.0, 0, 1)]
    [InlineData(-1e-17, 0, 1)]
    [InlineData(88573.0 / 177147, 88573, 177147)]
    public void Simplest_SmallFractionInDouble_IsRecovered(double value, int numerator, int denominator) =>
        Assert.Equal(Rational.Create(numerator, denominator), Rational.Simplest(value, 1e-13, 1_000_000_000_000));

    [Fact]
    public void Simplest_NoConvergentWithinTheDenominatorBound_IsNull()
    {
        Assert.Null(Rational.Simplest(Math.PI, 1e-13, 1000));
        Assert.Null(Rational.Simplest(double.NaN, 1e-13, 1000));
    }

    [Fact]
    public void Simplest_OfAnyFractionWithSmallTerms_IsThatFraction() =>
        Prop.ForAll<int, int>((a, b) =>
        {
            long denominator = 1 + (Math.Abs((long)b) % 100_000);
            var exact = Rational.Create(a % 100_000, denominator);
            return Rational.Simplest(exact.ToDouble(), 1e-13, 1_000_000_000_000) == exact;
        }).QuickCheckThrowOnFailure();
}
