using System.Text.Json;
using Brink.Analysis.Runs;
using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Commands.Runs;

public sealed class RunsCommandTests : IDisposable
{
    private readonly string store = Path.Combine(Path.GetTempPath(), $"brink-runs-{Guid.NewGuid():N}.db");

    private static readonly string Situation = RepositoryPaths.Combine("data", "situations", "iran-2025-fordow.yaml");

    public void Dispose()
    {
        foreach (var file in new[] { store, store + "-wal", store + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void PredictAndSimulate_AreRecordedAndReproducedExactly()
    {
        Assert.Equal(0, CliRun.Run("predict", Situation, "--store", store).Exit);
        Assert.Equal(0, CliRun.Run("simulate", Situation, "--runs", "200", "--horizon", "3", "--seed", "4", "--store", store).Exit);
        var runs = new RunStore(store).List();
        Assert.Equal(["simulate", "predict"], runs.Select(r => r.Kind));
        Assert.Equal(4UL, runs[0].Seed);
        Assert.Equal("iran-supreme-leader", runs[0].Pack);
        Assert.Contains("\"probabilities\"", runs[1].ResultJson);

        foreach (var run in runs)
        {
            var (exit, output, _) = CliRun.Run("runs", "rerun", run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--store", store);
            Assert.Equal(0, exit);
            Assert.Contains("reproduced exactly", output);
        }
    }

    [Fact]
    public void Rerun_ChangedInput_IsReportedAndFails()
    {
        string copy = Path.Combine(Path.GetTempPath(), $"brink-situation-{Guid.NewGuid():N}.yaml");
        File.Copy(Situation, copy);
        try
        {
            Assert.Equal(0, CliRun.Run("predict", copy, "--store", store).Exit);
            File.WriteAllText(copy, File.ReadAllText(copy).Replace("severity: 0.9", "severity: 0.5", StringComparison.Ordinal));
            var (exit, output, _) = CliRun.Run("runs", "rerun", "1", "--store", store);
            Assert.Equal(1, exit);
            Assert.Contains("changed", output);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Fact]
    public void ListAndShow_PrintTheRecord()
    {
        Assert.Equal(0, CliRun.Run("predict", Situation, "--store", store).Exit);
        var (exit, output, _) = CliRun.Run("runs", "list", "--store", store);
        Assert.Equal(0, exit);
        Assert.Contains("predict", output);
        var (showExit, json, _) = CliRun.Run("runs", "show", "1", "--store", store, "--json");
        Assert.Equal(0, showExit);
        using var document = JsonDocument.Parse(json);
        Assert.Equal("predict", document.RootElement.GetProperty("kind").GetString());
        Assert.Equal(64, document.RootElement.GetProperty("inputs_sha256").GetString()!.Length);
    }

    [Fact]
    public void ListJson_ThenDelete_RemovesExactlyThatRun()
    {
        Assert.Equal(0, CliRun.Run("predict", Situation, "--store", store, "--draws", "0").Exit);
        Assert.Equal(0, CliRun.Run("predict", Situation, "--store", store, "--draws", "0").Exit);
        var (exit, json, _) = CliRun.Run("runs", "list", "--store", store, "--json");
        Assert.Equal(0, exit);
        using (var document = JsonDocument.Parse(json))
        {
            var runs = document.RootElement.EnumerateArray().ToList();
            Assert.Equal([2L, 1L], runs.Select(r => r.GetProperty("id").GetInt64()));
            Assert.All(runs, r => Assert.Equal("predict", r.GetProperty("kind").GetString()));
            Assert.All(runs, r => Assert.Equal(64, r.GetProperty("inputs_sha256").GetString()!.Length));
            Assert.False(runs[0].TryGetProperty("result_json", out _));
        }

        Assert.Equal(0, CliRun.Run("runs", "delete", "1", "--store", store).Exit);
        var (missingExit, _, error) = CliRun.Run("runs", "delete", "1", "--store", store);
        Assert.Equal(2, missingExit);
        Assert.Contains("no run 1", error, StringComparison.Ordinal);
        using var after = JsonDocument.Parse(CliRun.Run("runs", "list", "--store", store, "--json").Output);
        Assert.Equal([2L], after.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetInt64()));
    }

    [Fact]
    public void Export_WritesOneCsvRowPerRunOldestFirst()
    {
        Assert.Equal(0, CliRun.Run("predict", Situation, "--store", store, "--draws", "0").Exit);
        Assert.Equal(0, CliRun.Run("simulate", Situation, "--runs", "50", "--horizon", "2", "--seed", "9", "--store", store).Exit);
        string csv = Path.Combine(Path.GetTempPath(), $"brink-runs-{Guid.NewGuid():N}.csv");
        try
        {
            var (exit, _, error) = CliRun.Run("runs", "export", csv, "--store", store);
            Assert.True(exit == 0, error);
            var lines = File.ReadAllLines(csv);
            Assert.Equal("id,kind,started_at,inputs_sha256,pack,pack_version,seed,elapsed_ms,arguments", lines[0]);
            Assert.Equal(3, lines.Length);
            Assert.StartsWith("1,predict,", lines[1], StringComparison.Ordinal);
            Assert.StartsWith("2,simulate,", lines[2], StringComparison.Ordinal);
            Assert.Contains(",9,", lines[2], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public void NoStore_RecordsNothing()
    {
        Assert.Equal(0, CliRun.Run("predict", Situation, "--store", store, "--no-store").Exit);
        Assert.False(File.Exists(store));
    }

    [Fact]
    public void Show_UnknownRun_ExitsTwo()
    {
        Assert.Equal(0, CliRun.Run("predict", Situation, "--store", store).Exit);
        Assert.Equal(2, CliRun.Run("runs", "show", "99", "--store", store).Exit);
    }
}
