using System.Diagnostics;
using Brink.Analysis.Runs;
using Brink.Cli.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Brink.Cli.Tests.Commands.Runs;

/// <summary>
/// The run store under real use, with real processes: several brinks writing one store at once, and a brink killed
/// in the middle of a run.
/// </summary>
public sealed class RunStoreProcessTests : IDisposable
{
    private static readonly string Fordow = RepositoryPaths.Combine("data", "situations", "iran-2025-fordow.yaml");

    private readonly string directory = Directory.CreateTempSubdirectory("brink-store-processes-").FullName;

    private string StorePath => Path.Combine(directory, "runs.db");

    [Fact]
    public void SeveralProcesses_WritingOneStore_RecordEveryRun()
    {
        var processes = Enumerable.Range(0, 4)
            .Select(i => Start("predict", Fordow, "--draws", "20", "--seed", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "--store", StorePath))
            .ToList();
        foreach (var process in processes)
        {
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "a brink process did not finish");
            Assert.Equal(0, process.ExitCode);
            process.Dispose();
        }

        var runs = new RunStore(StorePath).List();
        Assert.Equal(4, runs.Length);
        Assert.Equal([1UL, 2UL, 3UL, 4UL], runs.Select(r => r.Seed!.Value).Order());
        Assert.Equal("ok", IntegrityCheck());
    }

    [Fact]
    public void AProcessKilledMidRun_LeavesTheStoreOpenAndNothingHalfWritten()
    {
        using (var first = Start("predict", Fordow, "--draws", "20", "--store", StorePath))
        {
            Assert.True(first.WaitForExit(TimeSpan.FromMinutes(2)));
            Assert.Equal(0, first.ExitCode);
        }

        using (var doomed = Start("simulate", Fordow, "--runs", "5000000", "--horizon", "24", "--seed", "3", "--store", StorePath))
        {
            Thread.Sleep(TimeSpan.FromSeconds(3));
            Assert.False(doomed.HasExited, "the simulation finished before it could be killed; make it longer");
            doomed.Kill(entireProcessTree: true);
            doomed.WaitForExit();
        }

        var store = new RunStore(StorePath);
        Assert.Equal(["predict"], store.List().Select(r => r.Kind));
        Assert.Equal("ok", IntegrityCheck());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private Process Start(params string[] arguments) => ChildProcess.StartBrink(arguments, directory);

    private string? IntegrityCheck()
    {
        using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return command.ExecuteScalar()?.ToString();
    }
}
