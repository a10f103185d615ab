using System.Text.Json;
using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Commands.Backtest;

public class BacktestCommandTests
{
    [Fact]
    public void Backtest_BundledCases_JsonHasTheContractKeys()
    {
        var (exit, output, error) = CliRun.Run("backtest", RepositoryPaths.Combine("data", "cases", "iran"), "--json");
        Assert.True(exit == 0, error);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        string[] keys = ["cases", "brier", "log_loss", "accuracy", "rps", "baselines", "skill", "per_case"];
        Assert.All(keys, k => Assert.True(root.TryGetProperty(k, out _), k));
        Assert.Equal(47, root.GetProperty("cases").GetInt32());
        Assert.True(root.GetProperty("baselines").TryGetProperty("base_rate", out var baseRate));
        Assert.True(root.GetProperty("baselines").TryGetProperty("logistic", out _));
        Assert.True(root.GetProperty("brier").GetDouble() < baseRate.GetProperty("brier").GetDouble());
        var first = root.GetProperty("per_case")[0];
        Assert.Equal(7, first.GetProperty("probabilities").EnumerateObject().Count());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("actual").GetString()));
    }

    [Fact]
    public void Backtest_SituationWithoutOutcome_ExitsTwoNamingTheFile()
    {
        string situation = RepositoryPaths.Combine("data", "situations", "iran-2025-fordow.yaml");
        var (exit, _, error) = CliRun.Run("backtest", RepositoryPaths.Combine("data", "cases", "iran", "soleimani-2020.yaml"), situation);
        Assert.Equal(2, exit);
        Assert.Contains(situation, error);
    }
}
