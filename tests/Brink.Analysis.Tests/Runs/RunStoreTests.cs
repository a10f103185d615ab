using Brink.Analysis.Runs;
using Microsoft.Data.Sqlite;

namespace Brink.Analysis.Tests.Runs;

public sealed class RunStoreTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("brink-store-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static RunRecord Run(string kind, ulong? seed) => new(
        0, kind, ["predict", "/x/situation.yaml"], new string('a', 64), "pack", "1.0.0", seed,
        new DateTimeOffset(2026, 11, 25, 4, 0, 0, TimeSpan.Zero), 12.5, "{\"id\":\"x\"}");

    [Fact]
    public void Add_ThenFind_RoundTripsEveryField()
    {
        var store = new RunStore(Path.Combine(directory, "sub", "runs.db"));
        var stored = store.Add(Run("predict", 18446744073709551615UL) with { BrinkVersion = "0.9.0+abc" });
        Assert.Equal(1, stored.Id);
        Assert.Equal(stored, store.Find(1));
        Assert.Null(store.Find(2));
    }

    [Fact]
    public void List_NewestFirstFilteredByKind()
    {
        var store = new RunStore(Path.Combine(directory, "runs.db"));
        store.Add(Run("predict", null));
        store.Add(Run("simulate", 3));
        store.Add(Run("predict", null));
        Assert.Equal([3L, 2L, 1L], store.List().Select(r => r.Id));
        Assert.Equal([3L, 1L], store.List("predict").Select(r => r.Id));
        Assert.Single(store.List(limit: 1));
    }

    [Fact]
    public void TwoStores_AreIndependentAndReopeningKeepsRuns()
    {
        var first = new RunStore(Path.Combine(directory, "a.db"));
        var second = new RunStore(Path.Combine(directory, "b.db"));
        first.Add(Run("fit", 1));
        Assert.Empty(second.List());
        Assert.Single(new RunStore(Path.Combine(directory, "a.db")).List());
    }

    [Fact]
    public void Open_VersionOneStore_MigratesAndKeepsItsRuns()
    {
        // A store exactly as brink wrote it before schema 2 (no brink_version column).
        string path = Path.Combine(directory, "v1.db");
        Sql(path, """
            CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, arguments TEXT NOT NULL,
                inputs_sha256 TEXT NOT NULL, pack TEXT NOT NULL, pack_version TEXT NOT NULL, seed TEXT,
                started_at TEXT NOT NULL, elapsed_ms REAL NOT NULL, result_json TEXT NOT NULL);
            CREATE INDEX runs_kind ON runs(kind);
            INSERT INTO runs (kind, arguments, inputs_sha256, pack, pack_version, seed, started_at, elapsed_ms, result_json)
                VALUES ('simulate', '["simulate","s.yaml"]', 'ab', 'iran', '1.0.0', '7', '2026-01-02T03:04:05.0000000+00:00', 5, '{}');
            PRAGMA user_version = 1;
            """);

        var store = new RunStore(path);

        Assert.Equal(RunStore.SchemaVersion, store.Version);
        var old = Assert.Single(store.List());
        Assert.Equal(("simulate", 7UL, ""), (old.Kind, old.Seed!.Value, old.BrinkVersion));
        Assert.Equal(2, store.Add(Run("predict", null) with { BrinkVersion = "0.9.0" }).Id);
        Assert.Equal("0.9.0", store.Find(2)!.BrinkVersion);
    }

    [Fact]
    public void ConcurrentOpens_OfAnOldStore_MigrateItOnce()
    {
        // Without the write lock around the migration, two openers both run ALTER TABLE and one fails.
        for (int round = 0; round < 5; round++)
        {
            string path = Path.Combine(directory, $"old-{round}.db");
            Sql(path, "CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, arguments TEXT NOT NULL, inputs_sha256 TEXT NOT NULL, pack TEXT NOT NULL, pack_version TEXT NOT NULL, seed TEXT, started_at TEXT NOT NULL, elapsed_ms REAL NOT NULL, result_json TEXT NOT NULL); PRAGMA user_version = 1;");

            Parallel.For(0, 6, new ParallelOptions { MaxDegreeOfParallelism = 6 }, _ => new RunStore(path).Add(Run("predict", null)));

            Assert.Equal(6, new RunStore(path).List().Length);
        }
    }

    [Fact]
    public void Open_StoreFromANewerBrink_IsRefusedWithItsPath()
    {
        string path = Path.Combine(directory, "future.db");
        Sql(path, $"CREATE TABLE runs (id INTEGER); PRAGMA user_version = {RunStore.SchemaVersion + 1};");

        var error = Assert.Throws<InvalidDataException>(() => new RunStore(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_AFileThatIsNotAStore_IsRefusedWithItsPath()
    {
        string path = Path.Combine(directory, "notes.db");
        File.WriteAllText(path, new string('x', 4096));

        var error = Assert.Throws<InvalidDataException>(() => new RunStore(path));

        Assert.StartsWith(path + ": not a brink run store", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConcurrentWriters_OnANewStore_LoseNothing()
    {
        // Eight writers race to create, migrate and fill one store, each through its own connections.
        string path = Path.Combine(directory, "busy.db");
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, writer =>
        {
            var store = new RunStore(path);
            for (int i = 0; i < 25; i++)
            {
                store.Add(Run("simulate", (ulong)(writer * 100 + i)));
            }
        });

        var runs = new RunStore(path).List(limit: 1000);
        Assert.Equal(200, runs.Length);
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), runs.Select(r => r.Id).Order());
        Assert.Equal(200, runs.Select(r => r.Seed).Distinct().Count());
        Assert.Equal("ok", Scalar(path, "PRAGMA integrity_check"));
    }

    private static void Sql(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }
}
