using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Brink.Analysis.Runs;

/// <summary>
/// Runs recorded in a SQLite file: created on first use (schema version in <c>PRAGMA user_version</c>), WAL
/// journal so readers never block the writer, one transaction per insert. Safe for several processes.
/// </summary>
public sealed class RunStore
{
    private const int SchemaVersion = 1;

    private readonly string connectionString;

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/>.</summary>
    public RunStore(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Path = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false, DefaultTimeout = 30 }.ToString();
        using var connection = Open();
        int version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        if (version > SchemaVersion)
        {
            throw new InvalidDataException($"{Path}: run store schema {version} is newer than this brink understands ({SchemaVersion})");
        }

        if (version < SchemaVersion)
        {
            Execute(connection, """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS runs (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL,
                    arguments TEXT NOT NULL,
                    inputs_sha256 TEXT NOT NULL,
                    pack TEXT NOT NULL,
                    pack_version TEXT NOT NULL,
                    seed TEXT,
                    started_at TEXT NOT NULL,
                    elapsed_ms REAL NOT NULL,
                    result_json TEXT NOT NULL);
                CREATE INDEX IF NOT EXISTS runs_kind ON runs(kind);
                PRAGMA user_version = 1;
                """);
        }
    }

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <summary>Stores <paramref name="run"/> and returns it with its id.</summary>
    public RunRecord Add(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO runs (kind, arguments, inputs_sha256, pack, pack_version, seed, started_at, elapsed_ms, result_json)
            VALUES ($kind, $arguments, $hash, $pack, $version, $seed, $started, $elapsed, $result);
            SELECT last_insert_rowid();
            """;
        command.Parameters.AddWithValue("$kind", run.Kind);
        command.Parameters.AddWithValue("$arguments", JsonSerializer.Serialize(run.Arguments.ToArray()));
        command.Parameters.AddWithValue("$hash", run.InputsSha256);
        command.Parameters.AddWithValue("$pack", run.Pack);
        command.Parameters.AddWithValue("$version", run.PackVersion);
        command.Parameters.AddWithValue("$seed", run.Seed is { } seed ? seed.ToString(CultureInfo.InvariantCulture) : DBNull.Value);
        command.Parameters.AddWithValue("$started", run.StartedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$elapsed", run.ElapsedMilliseconds);
        command.Parameters.AddWithValue("$result", run.ResultJson);
        long id = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        transaction.Commit();
        return run with { Id = id };
    }

    /// <summary>The most recent runs first, optionally of one kind.</summary>
    public ImmutableArray<RunRecord> List(string? kind = null, int limit = 50)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM runs WHERE ($kind IS NULL OR kind = $kind) ORDER BY id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$kind", (object?)kind ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        return Read(command);
    }

    /// <summary>Deletes one run; false when there is none with that id.</summary>
    public bool Delete(long id)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM runs WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>One run, or null.</summary>
    public RunRecord? Find(long id)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM runs WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return Read(command).FirstOrDefault();
    }

    private static ImmutableArray<RunRecord> Read(SqliteCommand command)
    {
        var runs = ImmutableArray.CreateBuilder<RunRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            runs.Add(new RunRecord(
                reader.GetInt64(0),
                reader.GetString(1),
                [.. JsonSerializer.Deserialize<string[]>(reader.GetString(2)) ?? []],
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : ulong.Parse(reader.GetString(6), CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                reader.GetDouble(8),
                reader.GetString(9)));
        }

        return runs.ToImmutable();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA busy_timeout = 30000;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
