using System.Diagnostics;
using System.Globalization;
using System.Text;
using Brink.Analysis.Reports;
using Brink.Games.Solvers.CounterfactualRegret;

namespace Brink.Bench.Solvers;

/// <summary>
/// Convergence curves of the four CFR variants: exploitability at every check against iterations and against
/// the process's CPU seconds (flattening the tree and the checks included, JIT warmed up; CFR runs on one thread,
/// so on the shared machine CPU time is the honest clock), as CSV and as the SVG charts in docs/
/// (<c>dotnet run -c Release --project bench/Brink.Bench -- --cfr-curves kuhn40.efg 10000 docs</c>).
/// </summary>
internal static class CfrCurves
{
    public static void Write(string gameName, int iterations, string directory, TextWriter log)
    {
        var game = SolverGames.Load(gameName).ExtensiveForm!;
        string stem = "cfr-" + Path.GetFileNameWithoutExtension(gameName);
        var csv = new StringBuilder("variant,iteration,seconds,exploitability\n");
        var byIteration = new List<(string, double[], double[])>();
        var bySeconds = new List<(string, double[], double[])>();
        Cfr.Run(game, new CfrOptions { Iterations = 3 }); // JIT warm-up, so the first variant's clock starts like the rest
        foreach (var variant in Enum.GetValues<CfrVariant>())
        {
            string name = Cfr.Name(variant);
            var rows = new List<(int Iteration, double Seconds, double Exploitability)>();
            var process = Process.GetCurrentProcess();
            var start = process.TotalProcessorTime;
            Cfr.Run(game, new CfrOptions { Variant = variant, Iterations = iterations }, c =>
            {
                process.Refresh();
                rows.Add((c.Iteration, (process.TotalProcessorTime - start).TotalSeconds, c.Exploitability));
            });
            foreach (var row in rows)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{name},{row.Iteration},{row.Seconds:F6},{row.Exploitability:R}\n");
            }

            byIteration.Add((name, [.. rows.Select(r => (double)r.Iteration)], [.. rows.Select(r => r.Exploitability)]));
            bySeconds.Add((name, [.. rows.Select(r => r.Seconds)], [.. rows.Select(r => r.Exploitability)]));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{gameName} {name}: {iterations} iterations in {rows[^1].Seconds:F2} s CPU, exploitability {rows[^1].Exploitability:G3}"));
        }

        File.WriteAllText(Path.Combine(directory, stem + ".csv"), csv.ToString());
        string title = $"CFR on {gameName}: exploitability (NashConv/2)";
        string left = Charts.LogLog(title, byIteration, "iterations", "exploitability");
        string right = Charts.LogLog(title, bySeconds, "CPU seconds (one thread, Release)", "exploitability");
        File.WriteAllText(Path.Combine(directory, stem + ".svg"), SideBySide(left, right));
    }

    // Two 720-wide charts nested in one SVG document, the second placed at x = 720.
    private static string SideBySide(string left, string right) =>
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1440\" height=\"360\" viewBox=\"0 0 1440 360\">\n"
        + left + "\n" + ("<svg x=\"720\" y=\"0\" " + right["<svg ".Length..]) + "\n</svg>\n";
}
