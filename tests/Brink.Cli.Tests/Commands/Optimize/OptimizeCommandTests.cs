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

    [Fact]
    public void Optimize_PolicySpace_SimulatesEveryScheduleAndNamesTheLeastWarlike()
    {
        var (exit, output, error) = CliRun.Run("optimize", RepositoryPaths.Combine("data", "situations", "iran-2025-fordow.yaml"),
            "--policy-space", RepositoryPaths.Combine("data", "policies", "spaces", "offer-after-pressure.yaml"), "--runs", "100", "--target-deal", "0.2", "--json");
        Assert.True(exit == 0, error);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(12, document.RootElement.GetProperty("points").GetArrayLength());
        Assert.Equal(JsonValueKind.Object, document.RootElement.GetProperty("best").ValueKind);
        Assert.Equal(16, document.RootElement.GetProperty("draws").GetInt32());
        var war = document.RootElement.GetProperty("best").GetProperty("war");
        Assert.True(war.GetProperty("low").GetDouble() <= war.GetProperty("mean").GetDouble());
        Assert.True(war.GetProperty("mean").GetDouble() <= war.GetProperty("high").GetDouble());
        Assert.Contains("schedule:", document.RootElement.GetProperty("best_policy").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(0, document.RootElement.GetProperty("trade_off").GetArrayLength());
    }

    [Fact]
    public void Optimize_PolicySpaceText_PrintsSpreadsTheBestScheduleAsAPolicyFileAndTheTradeOffCurve()
    {
        var (exit, output, error) = CliRun.Run("optimize", RepositoryPaths.Combine("data", "situations", "iran-2025-fordow.yaml"),
            "--policy-space", RepositoryPaths.Combine("data", "policies", "spaces", "offer-after-pressure.yaml"), "--runs", "60", "--draws", "3", "--target-deal", "0.2");
        Assert.True(exit == 0, error);
        Assert.Contains("each over 3 parameter draws from the fit", output, StringComparison.Ordinal);
        Assert.Contains("as a policy file (brink simulate --policy):", output, StringComparison.Ordinal);
        Assert.Contains("trade-off curve", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Optimize_PolicySpaceTooManyDraws_ExitsTwo()
    {
        var (exit, _, error) = CliRun.Run("optimize", Case, "--policy-space", RepositoryPaths.Combine("data", "policies", "spaces", "offer-after-pressure.yaml"), "--draws", "201");
        Assert.Equal(2, exit);
        Assert.Contains("--draws", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Optimize_NeitherControlNorPolicySpace_ExitsTwo()
    {
        var (exit, _, error) = CliRun.Run("optimize", Case);
        Assert.Equal(2, exit);
        Assert.Contains("--policy-space", error);
    }

    [Fact]
    public void Optimize_BadPolicySpace_ExitsTwoWithLineAndColumn()
    {
        string directory = Directory.CreateTempSubdirectory("brink-space-").FullName;
        try
        {
            string space = Path.Combine(directory, "space.yaml");
            File.WriteAllText(space, "template: missing.yaml\nparameters: {}\n");
            var (exit, _, error) = CliRun.Run("optimize", Case, "--policy-space", space);
            Assert.Equal(2, exit);
            Assert.Contains("space.yaml:1:11: expected a template policy file", error);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
