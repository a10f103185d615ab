using System.CommandLine;
using System.Diagnostics;
using System.Reflection;
using Brink.Analysis.Fitting;
using Brink.Analysis.Runs;
using Brink.Model.Packs;

namespace Brink.Cli.Infrastructure;

/// <summary>
/// Records a finished run in the run store: <c>--store FILE</c>, else <c>BRINK_STORE</c>, else the user's data
/// folder (<c>~/.local/share/brink/runs.db</c> on Linux); <c>--no-store</c> skips it. A command adds the options
/// with <see cref="AddTo"/> and calls <see cref="Record"/> once its result exists. A failure to record is a
/// warning, never a failed command.
/// </summary>
internal static class RunRecording
{
    public const string EnvironmentVariable = "BRINK_STORE";

    public static (Option<string?> Store, Option<bool> NoStore) AddTo(Command command)
    {
        var store = new Option<string?>("--store") { Description = "Run store (SQLite) to record this run in; default $BRINK_STORE or the user's data folder." };
        var noStore = new Option<bool>("--no-store") { Description = "Do not record this run." };
        command.Add(store);
        command.Add(noStore);
        return (store, noStore);
    }

    public static string StorePath(string? option) =>
        option
        ?? Environment.GetEnvironmentVariable(EnvironmentVariable)
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "brink", "runs.db");

    /// <summary>This brink's version, with the commit it was built from where the build knew it.</summary>
    public static string BrinkVersion { get; } =
        typeof(RunRecording).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";

    /// <summary>Stores the run (or hands it to the console's capture during a re-run).</summary>
    public static void Record(
        CliConsole console,
        ParseResult parse,
        (Option<string?> Store, Option<bool> NoStore) options,
        IEnumerable<string> inputFiles,
        ModelPack pack,
        ulong? seed,
        RunResult result,
        DateTimeOffset startedAt,
        Stopwatch clock)
    {
        var record = new RunRecord(0, result.Kind, Arguments(parse), DataHash.Of(inputFiles), pack.Id, pack.Version, seed, startedAt, clock.Elapsed.TotalMilliseconds, result.Json)
        {
            BrinkVersion = BrinkVersion,
        };
        if (console.RunCapture is { } capture)
        {
            capture(record);
            return;
        }

        if (parse.GetValue(options.NoStore))
        {
            return;
        }

        string path = StorePath(parse.GetValue(options.Store));
        try
        {
            var stored = new RunStore(path).Add(record);
            if (console.Interactive)
            {
                console.Error.WriteLine($"recorded run {stored.Id} in {path}");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            console.Error.WriteLine($"warning: run not recorded in {path}: {e.Message}");
        }
    }

    /// <summary>The command line without the store options, with paths that exist made absolute.</summary>
    private static System.Collections.Immutable.ImmutableArray<string> Arguments(ParseResult parse)
    {
        var tokens = parse.Tokens.Select(t => t.Value).ToList();
        var result = new List<string>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] == "--store")
            {
                i++;
                continue;
            }

            if (tokens[i] is "--no-store")
            {
                continue;
            }

            result.Add(File.Exists(tokens[i]) || Directory.Exists(tokens[i]) ? Path.GetFullPath(tokens[i]) : tokens[i]);
        }

        return [.. result];
    }
}
