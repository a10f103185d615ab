using Brink.Cli.Infrastructure;

namespace Brink.Cli.Tests.Infrastructure;

public class CliConsoleTests
{
    [Theory]
    [InlineData(false, false, false, null, true)]
    [InlineData(false, true, false, null, false)]
    [InlineData(true, false, false, null, false)]
    [InlineData(false, false, true, null, false)]
    [InlineData(false, false, false, "1", false)]
    public void IsInteractive_RedirectionOrNoColor_MeansPlain(bool input, bool output, bool error, string? noColor, bool expected) =>
        Assert.Equal(expected, CliConsole.IsInteractive(input, output, error, noColor));
}
