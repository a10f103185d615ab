using Brink.Model.Parallelism;

namespace Brink.Model.Tests.Parallelism;

public class WorkersTests
{
    [Fact]
    public void Count_EveryCore_IsTheMachinesCores() =>
        Assert.Equal(Environment.ProcessorCount, Workers.Count(Workers.EveryCore));

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(Workers.Max)]
    public void Count_AnyOtherValidCount_IsTakenAsItIs(int requested)
    {
        Assert.Equal(requested, Workers.Count(requested));
        var options = Workers.Options(requested, TestContext.Current.CancellationToken);
        Assert.Equal(requested, options.MaxDegreeOfParallelism);
        Assert.Equal(TestContext.Current.CancellationToken, options.CancellationToken);
        Assert.Null(Workers.Problem("--threads", requested));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(Workers.Max + 1)]
    public void Validate_OutsideTheRule_ThrowsNamingTheParameter(int requested)
    {
        Assert.False(Workers.IsValid(requested));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Workers.Validate(requested, "MaxDegreeOfParallelism"));
        Assert.Equal("MaxDegreeOfParallelism", error.ParamName);
        Assert.Equal("--threads must be 0 (every core) up to 256", Workers.Problem("--threads", requested));
    }
}
