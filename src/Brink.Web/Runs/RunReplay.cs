using System.Globalization;
using Brink.Analysis.Fitting;
using Brink.Analysis.Output;
using Brink.Analysis.Runs;
using Brink.Analysis.Sweeps;
using Brink.Web.Api;
using Brink.Web.Workspace;

namespace Brink.Web.Runs;

/// <summary>
/// Re-runs a stored run the way <c>brink runs rerun</c> does: the same computation from the recorded command line,
/// then whether the inputs' hash and the result are what was stored. The workbench reads the command lines it
/// writes itself (simulate, sweep over two grid axes, backtest); anything else is for the CLI.
/// </summary>
internal static class RunReplay
{
    private static readonly HashSet<string> Switches = new(StringComparer.Ordinal) { "--json", "--in-sample", "--no-store" };

    /// <summary>
    /// Checks that <paramref name="run"/> can be re-run here and returns the work: the progress total and the
    /// computation, which answers the new inputs hash and result JSON.
    /// </summary>
    public static (int Total, Func<IProgress<int>, CancellationToken, (string InputsSha256, string ResultJson)> Work) Plan(
        RunRecord run, ModelCatalog models, WorkbenchOptions options, WorkspaceFolder workspace)
    {
        var (files, flags) = Split(run);
        string Text(string file) => File.Exists(file) ? File.ReadAllText(file) : throw ApiProblem.BadRequest($"run {run.Id}: its input {file} is gone");
        switch (run.Kind)
        {
            case "simulate" when files.Count == 1 && flags.Keys.All(k => k is "--runs" or "--horizon" or "--seed"):
            {
                string text = Text(files[0]);
                var simulation = SimulationRun.Prepare(text, SituationEndpoints.Parse(text, files[0]), models, options, Int(flags, "--runs"), Int(flags, "--horizon"), Seed(flags));
                return (simulation.Settings.Runs, (progress, token) =>
                    (DataHash.Of(simulation.HashedFiles(files[0])), RunResult.Of(simulation.Compute(progress, token)).Json));
            }

            case "sweep" when files.Count == 1 && flags.Keys.All(k => k is "--vary" or "--replications" or "--horizon" or "--seed") && flags.GetValueOrDefault("--vary")?.Count == 2:
            {
                string text = Text(files[0]);
                var axes = flags["--vary"].Select(v => Axis(run, v)).ToList();
                var request = new SweepRequest(text, axes[0], axes[1], null, Int(flags, "--replications") ?? 10, Int(flags, "--horizon"), Seed(flags));
                var sweep = SweepRun.Prepare(request, models);
                return (sweep.Points, (progress, token) => (DataHash.Of(sweep.HashedFiles(files[0])), RunResult.Of(SweepSummary.Of(sweep.Compute(progress, token))).Json));
            }

            case "backtest" when files.Count >= 2 && flags.Keys.All(k => k is "--in-sample" or "--threads"):
            {
                var names = files.Select(f => Path.GetDirectoryName(f) == workspace.Situations ? Path.GetFileName(f) : throw ApiProblem.BadRequest($"run {run.Id}: {f} is not a workspace case; re-run it with brink runs rerun")).ToList();
                var backtest = BacktestRun.Prepare(new BacktestRequest(names, flags.ContainsKey("--in-sample")), workspace, models);
                return (backtest.Steps, (progress, token) =>
                {
                    var report = backtest.Compute(progress, token);
                    return (DataHash.Of(backtest.HashedFiles), RunResult.Of(report).Json);
                });
            }

            default:
                throw ApiProblem.BadRequest($"run {run.Id} ({run.Kind}) uses options the workbench does not re-run; use brink runs rerun {run.Id} --store {Path.Combine(workspace.Root, "runs.db")}");
        }
    }

    /// <summary>What a re-run found, in the words of <c>brink runs rerun</c>.</summary>
    public static RerunVerdict Verdict(RunRecord run, string inputsSha256, string resultJson)
    {
        bool inputsChanged = inputsSha256 != run.InputsSha256;
        bool reproduced = !inputsChanged && resultJson == run.ResultJson;
        string sentence = inputsChanged
            ? $"run {run.Id}: the input files have changed since (sha256 {run.InputsSha256[..12]} then, {inputsSha256[..12]} now)"
            : reproduced
                ? $"run {run.Id} ({run.Kind}) reproduced exactly: same inputs ({run.InputsSha256[..12]}), same result"
                : $"run {run.Id}: NOT reproduced; the results differ";
        return new RerunVerdict(run.Id, run.Kind, reproduced, inputsChanged, sentence);
    }

    private static (List<string> Files, Dictionary<string, List<string>> Flags) Split(RunRecord run)
    {
        var files = new List<string>();
        var flags = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var args = run.Arguments;
        for (int i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                files.Add(args[i]);
            }
            else if (Switches.Contains(args[i]))
            {
                flags.TryAdd(args[i], []);
            }
            else if (i + 1 < args.Length)
            {
                if (!flags.TryGetValue(args[i], out var values))
                {
                    flags[args[i]] = values = [];
                }

                values.Add(args[++i]);
            }
        }

        flags.Remove("--json");
        flags.Remove("--no-store");
        return (files, flags);
    }

    private static int? Int(Dictionary<string, List<string>> flags, string name) =>
        flags.TryGetValue(name, out var v) && int.TryParse(v[^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : null;

    private static ulong? Seed(Dictionary<string, List<string>> flags) =>
        flags.TryGetValue("--seed", out var v) && ulong.TryParse(v[^1], NumberStyles.None, CultureInfo.InvariantCulture, out ulong n) ? n : null;

    private static SweepAxisRequest Axis(RunRecord run, string text)
    {
        try
        {
            var axis = SweepAxis.Parse(text);
            return new SweepAxisRequest(axis.Path, axis.Low, axis.High, axis.Levels);
        }
        catch (FormatException error)
        {
            throw ApiProblem.BadRequest($"run {run.Id}: {error.Message}");
        }
    }
}
