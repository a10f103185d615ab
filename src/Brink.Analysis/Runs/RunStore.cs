using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Brink.Analysis.Runs;

/// <summary>
/// Runs recorded in a SQLite file: created on first use, WAL journal so readers never block the writer, one
/// transaction per insert, so a process killed mid-run leaves either a whole run or none. Safe for several processes:
/// the schema is brought up to date under SQLite's write lock (<c>BEGIN IMMEDIATE</c>), so two processes opening an
/// old store at once migrate it once. The schema version is <c>PRAGMA user_version</c>; each migration is one step
/// of <see cref="Migrations"/> and never edits an earlier one.
/// </summary>
public sealed class RunStore
{
    /// <summary>Step i takes the store from version i to version i + 1.</summary>
    private static readonly string[] Migrations =
    [
        """
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
        """,
        // Version 2: which brink made the run, so a re-run that differs can say whether the engine changed.
        "ALTER TABLE runs ADD COLUMN brink_version TEXT NOT NULL DEFAULT '';",
    ];

    private const string Columns = "id, kind, arguments, inputs_sha256, pack, pack_version, seed, started_at, elapsed_ms, result_json, brink_version";

    private readonly string connectionString;

    /// <summary>The schema version this code reads and writes.</summary>
    public static int SchemaVersion => Migrations.Length;

    /// <summary>Opens (creating or migrating if needed) the store at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The store was written by a newer brink, or is not a run store.</exception>
    public RunStore(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Path = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false, DefaultTimeout = 30 }.ToString();
        try
        {
            using var connection = Open();
            Migrate(connection);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26 or 11)
        {
            // SQLITE_NOTADB / SQLITE_CORRUPT: say which file, not a driver message.
            throw new InvalidDataException($"{Path}: not a brink run store ({ex.Message.TrimEnd('.')})", ex);
        }
    }

    /// <summary>The schema version of the store on disk.</summary>
    public int Version
    {
        get
        {
            using var connection = Open();
            return UserVersion(connection);
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
            INSERT INTO runs (kind, arguments, inputs_sha256, pack, pack_version, seed, started_at, elapsed_ms, result_json, brink_version)
            VALUES ($kind, $arguments, $hash, $pack, $version, $seed, $started, $elapsed, $result, $brink);
            SELECT last_insert_rowid();
            """;
        command.Parameters.AddWithValue("$kind", run.Kind);
        command.Parameters.AddWithValue("$arguments", JsonSerializer.Serialize(run.Arguments.ToArray(), RunArgumentsJsonContext.Default.StringArray));
        command.Parameters.AddWithValue("$hash", run.InputsSha256);
        command.Parameters.AddWithValue("$pack", run.Pack);
        command.Parameters.AddWithValue("$version", run.PackVersion);
        command.Parameters.AddWithValue("$seed", run.Seed is { } seed ? seed.ToString(CultureInfo.InvariantCulture) : DBNull.Value);
        command.Parameters.AddWithValue("$started", run.StartedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$elapsed", run.ElapsedMilliseconds);
        command.Parameters.AddWithValue("$result", run.ResultJson);
        command.Parameters.AddWithValue("$brink", run.BrinkVersion);
        long id = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        transaction.Commit();
        return run with { Id = id };
    }

    /// <summary>The most recent runs first, optionally of one kind.</summary>
    public ImmutableArray<RunRecord> List(string? kind = null, int limit = 50)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM runs WHERE ($kind IS NULL OR kind = $kind) ORDER BY id DESC LIMIT $limit";
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
        command.CommandText = $"SELECT {Columns} FROM runs WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return Read(command).FirstOrDefault();
    }

    private static ImmutableArray<RunRecord> Read(SqliteCommand command)
    {
        var runs = ImmutableArray.CreateBuilder<RunRecord>();
        // Columns by name through the fixed SELECT list: a migration that adds a column cannot shift them.
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            runs.Add(new RunRecord(
                reader.GetInt64(0),
                reader.GetString(1),
                [.. JsonSerializer.Deserialize(reader.GetString(2), RunArgumentsJsonContext.Default.StringArray) ?? []],
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : ulong.Parse(reader.GetString(6), CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                reader.GetDouble(8),
                reader.GetString(9))
            {
                BrinkVersion = reader.GetString(10),
            });
        }

        return runs.ToImmutable();
    }

    private void Migrate(SqliteConnection connection)
    {
        if (UserVersion(connection) == SchemaVersion)
        {
            return;
        }

        // WAL is a property of the file and cannot be set inside a transaction; setting it twice is harmless.
        Execute(connection, "PRAGMA journal_mode = WAL;");
        using var transaction = connection.BeginTransaction(deferred: false);
        int version = UserVersion(connection);
        if (version > SchemaVersion)
        {
            throw new InvalidDataException($"{Path}: run store schema {version} is newer than this brink understands ({SchemaVersion})");
        }

        for (int step = version; step < SchemaVersion; step++)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Migrations[step] + $"\nPRAGMA user_version = {step + 1};";
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static int UserVersion(SqliteConnection connection) =>
        Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);

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
