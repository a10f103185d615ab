using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Commands.Simulate;

public class SimulateCommandTests
{
    private static readonly string Situation = RepositoryPaths.Combine("data", "situations", "iran-2025-fordow.yaml");

    [Fact]
    public void Simulate_SameSeedDifferentThreads_SameJson()
    {
        var one = CliRun.Run("simulate", Situation, "--runs", "300", "--horizon", "4", "--seed", "7", "--threads", "1", "--json");
        var two = CliRun.Run("simulate", Situation, "--runs", "300", "--horizon", "4", "--seed", "7", "--threads", "2", "--json");
        Assert.Equal(0, one.Exit);
        Assert.Equal(WithoutThreadCount(one.Output), WithoutThreadCount(two.Output));
    }

    /// <summary>The result tables, without the run's bookkeeping (thread count, solver calls).</summary>
    private static string WithoutThreadCount(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        string[] tables = ["states", "outcomes", "responses", "replies", "triggers"];
        return string.Join('\n', tables.Select(t => document.RootElement.GetProperty(t).GetRawText()));
    }

    [Fact]
    public void Simulate_Csv_WritesTidyRowsAtomically()
    {
        string directory = Directory.CreateTempSubdirectory("brink-sim-").FullName;
        try
        {
            string csv = Path.Combine(directory, "states.csv");
            var (exit, _, _) = CliRun.Run("simulate", Situation, "--runs", "200", "--horizon", "3", "--seed", "1", "--csv", csv);
            Assert.Equal(0, exit);
            var lines = File.ReadAllLines(csv);
            Assert.True(lines.Length > 3);
            Assert.Contains("step", lines[0]);
            Assert.DoesNotContain(Directory.GetFiles(directory), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("--runs", "0")]
    [InlineData("--horizon", "0")]
    public void Simulate_BadOption_ExitsTwo(string option, string value)
    {
        var (exit, _, error) = CliRun.Run("simulate", Situation, option, value);
        Assert.Equal(2, exit);
        Assert.Contains(option, error);
    }
}
