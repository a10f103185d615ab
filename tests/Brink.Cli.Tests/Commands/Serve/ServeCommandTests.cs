using Brink.Cli.Infrastructure;
using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Commands.Serve;

public class ServeCommandTests
{
    [Theory]
    [InlineData("--host", "localhost")]
    [InlineData("--host", "not-an-address")]
    [InlineData("--port", "70000")]
    [InlineData("--port", "-1")]
    public void Serve_BadOption_ExitsWithInputError(string option, string value)
    {
        var (exit, output, error) = CliRun.Run("serve", option, value, "--workspace", Path.Combine(Path.GetTempPath(), "brink-serve-unused"));
        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Empty(output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }
}
