using System.CommandLine;
using System.Globalization;
using Brink.Analysis.Reports;
using Brink.Analysis.Runs;
using Brink.Cli.Infrastructure;

namespace Brink.Cli.Commands.Report;

/// <summary><c>brink report RUN --out FILE.html</c>: one self-contained HTML page with charts for a recorded run.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var run = new Argument<string>("RUN") { Description = "A run id from brink runs list." };
        var output = new Option<string>("--out", "-o") { Description = "The HTML file to write.", Required = true };
        var store = new Option<string?>("--store") { Description = "Run store (SQLite); default $BRINK_STORE or the user's data folder." };
        var command = new Command("report", "Write a self-contained HTML report (charts as inline SVG) for a recorded run.") { run, output, store };
        CommandRunner.SetAction(command, console, parse =>
        {
            string text = parse.GetRequiredValue(run);
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long id))
            {
                throw new UsageException($"RUN: expected a run id (a number from brink runs list), found '{text}'");
            }

            string path = RunRecording.StorePath(parse.GetValue(store));
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path}: no run store here yet", path);
            }

            var record = new RunStore(path).Find(id) ?? throw new UsageException($"no run {id} in {path}");
            string html = HtmlReport.Build(record);
            AtomicFile.WriteAllText(parse.GetRequiredValue(output), html);
            console.Output.WriteLine($"wrote {parse.GetRequiredValue(output)} ({html.Length / 1024} KiB, {record.Kind} run {record.Id})");
            return ExitCodes.Success;
        });
        return command;
    }
}
