using Brink.Games.Numerics;
using Brink.Games.Profiles;

namespace Brink.Games.Tests.Solvers;

public class GambitOutputTests
{
    [Theory]
    [InlineData(0.79826, "0.79826")]
    [InlineData(0.6666666666, "0.666667")]
    [InlineData(1.0, "1")]
    [InlineData(0.0, "0")]
    [InlineData(7.97503e-24, "7.97503e-24")]
    [InlineData(1.99792e-08, "1.99792e-08")]
    [InlineData(0.000123456, "0.000123456")]
    [InlineData(1234567.0, "1.23457e+06")]
    public void FormatGeneral_MatchesCPercentG(double value, string expected) =>
        Assert.Equal(expected, GambitOutput.FormatGeneral(value));

    [Fact]
    public void FormatLine_ExactProfile_PrintsRationals()
    {
        var profile = Profile.FromExact(ProfileKind.Mixed, [[Rational.One, Rational.Zero], [Rational.Create(3, 5), Rational.Create(2, 5)]]);
        Assert.Equal("NE,1,0,3/5,2/5", GambitOutput.FormatLine(profile));
        Assert.Equal("NE,1.00,0.00,0.60,0.40", GambitOutput.FormatLine(profile, decimals: 2));
    }
}
