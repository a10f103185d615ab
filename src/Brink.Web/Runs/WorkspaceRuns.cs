using System.Collections.Immutable;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Brink.Analysis.Fitting;
using Brink.Analysis.Runs;
using Brink.Model.Packs;
using Brink.Web.Workspace;
using Microsoft.Extensions.Logging;

namespace Brink.Web.Runs;

/// <summary>
/// The workspace's run store, <c>DIR/runs.db</c> (the CLI's format: <c>brink runs list --store DIR/runs.db</c>
/// reads it). Runs made through the API are recorded as the command line that repeats them: a situation that came
/// in a request body is first kept as <c>DIR/runs/SHA256.yaml</c> (named by its content, written atomically), so
/// <c>brink runs rerun</c> and the workbench's rerun both find it. Nothing is written before a run has finished.
/// </summary>
internal sealed class WorkspaceRuns(WorkspaceFolder workspace, ILogger<WorkspaceRuns> logger)
{
    /// <summary>The engine version recorded with each run (the CLI records the same assembly version).</summary>
    public static string BrinkVersion { get; } =
        typeof(WorkspaceRuns).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";

    private readonly Lazy<RunStore> store = new(() => new RunStore(Path.Combine(workspace.Root, "runs.db")));

    /// <summary>The store, created on first use.</summary>
    public RunStore Store => store.Value;

    /// <summary>Where request bodies are kept for re-running.</summary>
    public string InputsFolder => Path.Combine(workspace.Root, "runs");

    /// <summary>Keeps a request's situation text as a file named by its hash and returns its path.</summary>
    public string KeepInput(string text)
    {
        Directory.CreateDirectory(InputsFolder);
        string path = Path.Combine(InputsFolder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))) + ".yaml");
        if (!File.Exists(path))
        {
            string temporary = Path.Combine(InputsFolder, $".{Guid.NewGuid():N}.tmp");
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
        }

        return path;
    }

    /// <summary>
    /// Records a finished run in one transaction and returns its id; null when the store cannot be written (a
    /// warning in the log, as the CLI warns: the analyst still gets the answer).
    /// </summary>
    /// <param name="arguments">The command line after <c>brink</c> (the kind first), input paths absolute.</param>
    /// <param name="inputFiles">The files whose bytes the CLI hashes for this kind of run, in its order.</param>
    /// <param name="pack">The pack used.</param>
    /// <param name="seed">The seed, if the run has one.</param>
    /// <param name="result">The typed result, stored as the CLI stores it.</param>
    /// <param name="startedAt">When the run started.</param>
    /// <param name="elapsed">How long it took.</param>
    public long? Record(IEnumerable<string> arguments, IEnumerable<string> inputFiles, ModelPack pack, ulong? seed, RunResult result, DateTimeOffset startedAt, TimeSpan elapsed)
    {
        var args = arguments.ToImmutableArray();
        var record = new RunRecord(0, result.Kind, args, DataHash.Of(inputFiles), pack.Id, pack.Version, seed, startedAt, elapsed.TotalMilliseconds, result.Json)
        {
            BrinkVersion = BrinkVersion,
        };
        try
        {
            return Store.Add(record).Id;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Data.Common.DbException)
        {
            logger.LogWarning("run not recorded in the workspace's store: {Reason}", e.Message);
            return null;
        }
    }
}
