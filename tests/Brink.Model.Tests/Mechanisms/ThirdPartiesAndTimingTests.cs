using Brink.Model.Mechanisms;
using Brink.Model.Situations;
using static Brink.Model.Situations.ResponseCategory;

namespace Brink.Model.Tests.Mechanisms;

public sealed class ThirdPartiesAndTimingTests
{
    [Theory]
    [InlineData(null, 12, 0.0)]
    [InlineData(0, 12, 1.0)]
    [InlineData(6, 12, 0.5)]
    [InlineData(24, 12, 0.0)]
    public void Nearness_LinearWithinHorizon(int? months, double horizon, double expected) =>
        Assert.Equal(expected, ThirdPartiesAndTiming.Nearness(months, horizon), 12);

}
