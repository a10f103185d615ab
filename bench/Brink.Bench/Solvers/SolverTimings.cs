using System.Diagnostics;
using Brink.Games.Solvers;

namespace Brink.Bench.Solvers;

/// <summary>
/// One cold, single-shot wall-clock time per (method, game), for the side-by-side table against Gambit's
/// one-shot command-line timings (<c>dotnet run -c Release --project bench/Brink.Bench -- --solver-timings</c>).
/// </summary>
internal static class SolverTimings
{
    public static void Print(TextWriter output)
    {
        foreach (var name in new[] { "zerosum-40x40.nfg", "zerosum-80x80.nfg", "rand2p-12x12.nfg", "kuhn13.efg", "kuhn40.efg", "kuhn60.efg" })
        {
            var game = SolverGames.Load(name);
            foreach (var method in new[] { "lcp", "lp" })
            {
                if (method == "lp" && name.StartsWith("rand", StringComparison.Ordinal))
                {
                    continue;
                }

                var clock = Stopwatch.StartNew();
                var result = (method, game.NormalForm) switch
                {
                    ("lcp", { } normal) => Lcp.Solve(normal),
                    ("lcp", null) => Lcp.Solve(game.ExtensiveForm!),
                    (_, { } normal) => Lp.Solve(normal),
                    _ => Lp.Solve(game.ExtensiveForm!),
                };
                output.WriteLine($"{name} {method}: {clock.Elapsed.TotalSeconds:F3} s, {result.Equilibria.Length} NE, {string.Join(' ', result.Diagnostics)}");
            }
        }
    }
}
