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

    [Fact]
    public void Simulate_SameSeedTwice_ByteIdenticalJsonWithoutTimingDiagnostics()
    {
        var first = CliRun.Run("simulate", Situation, "--runs", "400", "--horizon", "5", "--seed", "3", "--json");
        var second = CliRun.Run("simulate", Situation, "--runs", "400", "--horizon", "5", "--seed", "3", "--json");
        Assert.Equal(0, first.Exit);
        Assert.Equal(first.Output, second.Output);
        Assert.DoesNotContain("solver_calls", first.Output, StringComparison.Ordinal);
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
            Assert.Equal("step,outcome,at_risk,events,hazard", File.ReadAllLines(Path.Combine(directory, "states-hazards.csv"))[0]);
            Assert.Equal("outcome,reached,share,first_quartile,median,third_quartile,median_all_runs", File.ReadAllLines(Path.Combine(directory, "states-times.csv"))[0]);
            Assert.DoesNotContain(Directory.GetFiles(directory), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static readonly string MaximumPressure = RepositoryPaths.Combine("data", "policies", "maximum-pressure.yaml");

    [Fact]
    public void Simulate_Policy_ChangesTheRunAndIsRecordedAsAnInput()
    {
        string store = Path.Combine(Path.GetTempPath(), $"brink-runs-{Guid.NewGuid():N}.db");
        try
        {
            var plain = CliRun.Run("simulate", Situation, "--runs", "200", "--horizon", "6", "--seed", "3", "--json", "--store", store);
            var pressed = CliRun.Run("simulate", Situation, "--runs", "200", "--horizon", "6", "--seed", "3", "--json", "--policy", MaximumPressure, "--store", store);
            Assert.Equal((0, 0), (plain.Exit, pressed.Exit));
            Assert.NotEqual(WithoutThreadCount(plain.Output), WithoutThreadCount(pressed.Output));
            var runs = new Brink.Analysis.Runs.RunStore(store).List();
            Assert.Equal(2, runs.Length);
            Assert.NotEqual(runs[0].InputsSha256, runs[1].InputsSha256);
            Assert.Contains(runs, r => r.Arguments.Contains(Path.GetFullPath(MaximumPressure)));
        }
        finally
        {
            foreach (var file in new[] { store, store + "-wal", store + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }
    }

    [Theory]
    [InlineData("step: 2", "step: 30", "30")]
    [InlineData("state.adversaries.us.resolve", "state.adversaries.us.resolv", "state.adversaries.us.resolv")]
    [InlineData("[deniable, limited_overt, major]", "[deniable, limited_overt, war]", "war")]
    public void Simulate_BadPolicy_ExitsTwoWithLineAndColumnAndWritesNothing(string from, string to, string found)
    {
        string directory = Directory.CreateTempSubdirectory("brink-policy-").FullName;
        try
        {
            string policy = Path.Combine(directory, "policy.yaml");
            string text = File.ReadAllText(MaximumPressure).Replace(from, to, StringComparison.Ordinal);
            File.WriteAllText(policy, text);
            string csv = Path.Combine(directory, "states.csv");
            var (exit, output, error) = CliRun.Run("simulate", Situation, "--runs", "50", "--horizon", "12", "--policy", policy, "--csv", csv, "--no-store");
            Assert.Equal(2, exit);
            int offset = text.IndexOf(found, text.IndexOf(to, StringComparison.Ordinal), StringComparison.Ordinal);
            int line = text[..offset].Count(c => c == '\n') + 1;
            int column = offset - text.LastIndexOf('\n', offset - 1);
            Assert.Contains($"{policy}:{line}:{column}: expected ", error, StringComparison.Ordinal);
            Assert.Contains($"found '{found}'", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            Assert.Equal(string.Empty, output);
            Assert.Equal([policy], Directory.GetFiles(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("--runs", "0")]
    [InlineData("--horizon", "0")]
    [InlineData("--horizon", "100000")]
    [InlineData("--runs", "10000001")]
    public void Simulate_BadOption_ExitsTwo(string option, string value)
    {
        var (exit, _, error) = CliRun.Run("simulate", Situation, option, value);
        Assert.Equal(2, exit);
        Assert.Contains(option, error);
    }
}
