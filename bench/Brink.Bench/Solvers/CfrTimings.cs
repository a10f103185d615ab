using System.Diagnostics;
using System.Globalization;
using Brink.Games.ExtensiveForm;
using Brink.Games.Profiles;
using Brink.Games.Solvers.CounterfactualRegret;
using Brink.Games.Verification;

namespace Brink.Bench.Solvers;

/// <summary>
/// Single-shot wall-clock runs of every CFR variant to exploitability 1e-3 on the bundled poker trees, for the
/// table in docs/performance.md (<c>dotnet run -c Release --project bench/Brink.Bench -- --cfr-timings</c>).
/// The exploitability printed is re-measured by the verifier's evaluator, apart from CFR's own check.
/// </summary>
internal static class CfrTimings
{
    public static readonly string[] Games = ["kuhn3.efg", "kuhn13.efg", "kuhn40.efg", "leduc.efg"];

    public static void Print(TextWriter output, IReadOnlyList<string> games, int maxIterations)
    {
        output.WriteLine("| game | variant | iterations | wall s | CPU s | exploitability | player 1 value |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var name in games)
        {
            var game = SolverGames.Load(name).ExtensiveForm!;
            foreach (var variant in Enum.GetValues<CfrVariant>())
            {
                // CFR runs on one thread, so its CPU time is what a quiet machine's wall clock would show.
                var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var run = Cfr.Run(game, new CfrOptions { Variant = variant, MaxIterations = maxIterations });
                double seconds = clock.Elapsed.TotalSeconds;
                process.Refresh();
                double cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
                var measured = Exploitability.Measure(game, run.Profile);
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {name} | {Cfr.Name(variant)} | {run.Iterations}{(run.ReachedTarget ? "" : " (cap)")} | {seconds:F2} | {cpuSeconds:F2} | {measured.Exploitability:G3} | {measured.Values[0]:F6} |"));
            }
        }
    }

    /// <summary>CFR+ on Leduc after fixed iteration counts (OpenSpiel publishes 100 and 999).</summary>
    public static void PrintFixed(TextWriter output, ExtensiveFormGame game, CfrVariant variant, params int[] counts)
    {
        foreach (int count in counts)
        {
            var run = Cfr.Run(game, new CfrOptions { Variant = variant, Iterations = count });
            var measured = Exploitability.Measure(game, run.Profile);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Cfr.Name(variant)} {count} iterations: exploitability {measured.Exploitability:G6} (own check {run.Exploitability:G6}), value {measured.Values[0]:F6}"));
        }
    }
}
