using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Commands.Demo;

public class DemoCommandTests
{
    [Fact]
    public void Demo_BundledData_PredictsAndSimulates()
    {
        var (exit, output, error) = CliRun.Run("demo");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("iran-2025-fordow", output);
        Assert.Contains("limited_overt", output);
        Assert.Contains("what would flip it", output);
        Assert.Contains("2,000 simulated crises of 6 decision points", output);
        Assert.Contains("stalema", output);
    }
}
