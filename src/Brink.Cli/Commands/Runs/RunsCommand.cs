using Brink.Analysis.Output;
using System.CommandLine;
using System.Globalization;
using Brink.Analysis.Fitting;
using Brink.Analysis.Runs;
using Brink.Cli.Infrastructure;
using Spectre.Console;

namespace Brink.Cli.Commands.Runs;

/// <summary><c>brink runs list|show|rerun</c>: the run store.</summary>
internal static class RunsCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("runs", "List, show and re-run recorded runs (predict, simulate, sweep, fit, backtest).");
        command.Add(List(console));
        command.Add(Show(console));
        command.Add(Rerun(console));
        command.Add(Delete(console));
        command.Add(Export(console));
        return command;
    }

    private static Option<string?> StoreOption() =>
        new("--store") { Description = "Run store (SQLite); default $BRINK_STORE or the user's data folder." };

    private static RunStore Open(string? store)
    {
        string path = RunRecording.StorePath(store);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no run store here yet (runs are recorded by predict, simulate, sweep, fit and backtest)", path);
        }

        return new RunStore(path);
    }

    private static RunRecord Find(RunStore store, long id) =>
        store.Find(id) ?? throw new UsageException($"no run {id} in {store.Path}");

    private static Command List(CliConsole console)
    {
        var store = StoreOption();
        var kind = new Option<string?>("--kind") { Description = "Only runs of this kind." };
        var limit = new Option<int>("--limit") { Description = "At most this many, newest first.", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print the runs as a JSON array (everything but each run's result; see runs show)." };
        var command = new Command("list", "The most recent runs.") { store, kind, limit, json };
        CommandRunner.SetAction(command, console, parse =>
        {
            if (parse.GetValue(limit) < 1)
            {
                throw new UsageException("--limit must be at least 1");
            }

            var runs = Open(parse.GetValue(store)).List(parse.GetValue(kind), parse.GetValue(limit));
            if (parse.GetValue(json))
            {
                console.Output.WriteLine(JsonOutput.Serialize([.. runs.Select(RunListing.Of)], AnalysisJsonContext.Default.IReadOnlyListRunListing));
                return ExitCodes.Success;
            }

            var table = new Table().RoundedBorder().AddColumns("id", "kind", "started (UTC)", "inputs", "pack", "seed", "elapsed");
            foreach (var run in runs)
            {
                table.AddRow(
                    run.Id.ToString(CultureInfo.InvariantCulture), run.Kind, run.StartedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    run.InputsSha256[..12], Markup.Escape($"{run.Pack} {run.PackVersion}"),
                    run.Seed?.ToString(CultureInfo.InvariantCulture) ?? "-", $"{run.ElapsedMilliseconds / 1000:0.00} s");
            }

            console.Ansi.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Export(CliConsole console)
    {
        var store = StoreOption();
        var file = new Argument<string>("FILE") { Description = "CSV file to write (atomically): one row per run, its result left out." };
        var kind = new Option<string?>("--kind") { Description = "Only runs of this kind." };
        var command = new Command("export", "Write the run store's records to a CSV file.") { file, store, kind };
        CommandRunner.SetAction(command, console, parse =>
        {
            var runs = Open(parse.GetValue(store)).List(parse.GetValue(kind), int.MaxValue);
            var text = new System.Text.StringBuilder("id,kind,started_at,inputs_sha256,pack,pack_version,seed,elapsed_ms,arguments\n");
            foreach (var run in runs.OrderBy(r => r.Id))
            {
                text.Append(CultureInfo.InvariantCulture, $"{run.Id},{Csv(run.Kind)},{run.StartedAt:O},{run.InputsSha256},{Csv(run.Pack)},{Csv(run.PackVersion)},")
                    .Append(CultureInfo.InvariantCulture, $"{run.Seed?.ToString(CultureInfo.InvariantCulture) ?? string.Empty},{run.ElapsedMilliseconds.ToString("R", CultureInfo.InvariantCulture)},")
                    .Append(Csv(string.Join(' ', run.Arguments))).Append('\n');
            }

            string path = parse.GetRequiredValue(file);
            AtomicFile.WriteAllText(path, text.ToString());
            console.Error.WriteLine($"wrote {runs.Length} run(s) to {path}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A CSV field, quoted when it holds a comma, a quote or a line break.</summary>
    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static Command Delete(CliConsole console)
    {
        var store = StoreOption();
        var id = new Argument<long>("ID") { Description = "Run id (see brink runs list)." };
        var command = new Command("delete", "Delete one recorded run.") { id, store };
        CommandRunner.SetAction(command, console, parse =>
        {
            var runs = Open(parse.GetValue(store));
            long run = parse.GetValue(id);
            if (!runs.Delete(run))
            {
                throw new UsageException($"no run {run} in {runs.Path}");
            }

            console.Output.WriteLine($"deleted run {run}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(CliConsole console)
    {
        var store = StoreOption();
        var id = new Argument<long>("ID") { Description = "Run id (see brink runs list)." };
        var json = new Option<bool>("--json") { Description = "Print the record as JSON." };
        var command = new Command("show", "One run: its arguments, inputs hash, pack, seed, timing and result.") { id, store, json };
        CommandRunner.SetAction(command, console, parse =>
        {
            var run = Find(Open(parse.GetValue(store)), parse.GetValue(id));
            if (parse.GetValue(json))
            {
                console.Output.WriteLine(JsonOutput.Serialize(run, AnalysisJsonContext.Default.RunRecord));
                return ExitCodes.Success;
            }

            console.Output.WriteLine($"run {run.Id}: {run.Kind}, started {run.StartedAt:O}, {run.ElapsedMilliseconds / 1000:0.000} s");
            console.Output.WriteLine($"command: brink {string.Join(' ', run.Arguments)}");
            console.Output.WriteLine($"inputs sha256: {run.InputsSha256}");
            console.Output.WriteLine($"pack: {run.Pack} {run.PackVersion}; seed: {run.Seed?.ToString(CultureInfo.InvariantCulture) ?? "-"}");
            console.Output.WriteLine("result:");
            console.Output.WriteLine(run.ResultJson);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Rerun(CliConsole console)
    {
        var store = StoreOption();
        var id = new Argument<long>("ID") { Description = "Run id (see brink runs list)." };
        var command = new Command("rerun", "Run a recorded run again and check that it reproduces its result exactly.") { id, store };
        CommandRunner.SetAction(command, console, parse =>
        {
            var run = Find(Open(parse.GetValue(store)), parse.GetValue(id));
            RunRecord? again = null;
            using var output = new StringWriter();
            using var error = new StringWriter();
            var capture = new CliConsole(output, error, interactive: false) { RunCapture = r => again = r };
            int exit = BrinkApp.Run([.. run.Arguments], capture);
            if (exit != ExitCodes.Success || again is null)
            {
                console.Error.WriteLine($"run {run.Id} could not be re-run (exit {exit}): {error.ToString().Trim()}");
                return ExitCodes.Failure;
            }

            if (again.InputsSha256 != run.InputsSha256)
            {
                console.Output.WriteLine($"run {run.Id}: the input files have changed since (sha256 {run.InputsSha256[..12]} then, {again.InputsSha256[..12]} now)");
                return ExitCodes.Failure;
            }

            if (again.ResultJson != run.ResultJson)
            {
                int at = Enumerable.Range(0, Math.Min(again.ResultJson.Length, run.ResultJson.Length)).FirstOrDefault(i => again.ResultJson[i] != run.ResultJson[i]);
                console.Output.WriteLine($"run {run.Id}: NOT reproduced; results differ from character {at} ({run.PackVersion} then, {again.PackVersion} now)");
                return ExitCodes.Failure;
            }

            console.Output.WriteLine($"run {run.Id} ({run.Kind}) reproduced exactly: same inputs ({run.InputsSha256[..12]}), same result");
            return ExitCodes.Success;
        });
        return command;
    }
}
