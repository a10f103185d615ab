using System.Text.Json;
using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Commands.Optimize;

public class OptimizeCommandTests
{
    private static readonly string Case = RepositoryPaths.Combine("data", "cases", "iran", "trump-letter-2025.yaml");

    [Fact]
    public void Optimize_Json_HasPolicyAndTradeOffCurve()
    {
        var (exit, output, error) = CliRun.Run("optimize", Case, "--control", "state.sanctions=0.3:1", "--control", "state.adversaries.us.engagement=0:1",
            "--levels", "3", "--draws", "3", "--target-concession", "0.3", "--json");
        Assert.True(exit == 0, error);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(2, document.RootElement.GetProperty("best").GetProperty("controls").GetArrayLength());
        Assert.True(document.RootElement.GetProperty("trade_off").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("state.nonsense=0:1")]
    [InlineData("state.sanctions=1:0")]
    [InlineData("state.sanctions=0:1:3")]
    public void Optimize_BadControl_ExitsTwo(string control)
    {
        var (exit, _, error) = CliRun.Run("optimize", Case, "--control", control);
        Assert.Equal(2, exit);
        Assert.Contains("--control", error);
    }
}
