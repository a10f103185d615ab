using System.Diagnostics;
using System.Globalization;
using Brink.Games.Solvers.Homotopy;

namespace Brink.Bench.Solvers;

/// <summary>
/// ipa from Gambit's perturbation (data/games/perturbations) on the games where gambit-ipa took longest
/// (EXPECTED-more.md: rand2p-60x60 0.092 s, kuhn3 0.046 s, zerosum-40x40 0.020 s, the rest under 0.02 s), with the
/// three- and four-player games beside them; <c>--solver-timings ipa</c> prints these rows alone. Each row is run
/// twice: the first time pays for the JIT, the second is the solver alone.
/// </summary>
internal static class IpaTimings
{
    private static readonly string[] Games =
    [
        "rand2p-60x60.nfg", "kuhn3.efg", "zerosum-40x40.nfg", "tim.efg", "montyhal.efg", "3_player.efg", "rand3p-6x6x6.nfg",
        "rand4p-4x4x4x4.nfg", "5x4x3.nfg", "2x2x2x2.nfg",
    ];

    public static void Print(TextWriter output)
    {
        foreach (var name in Games)
        {
            var game = SolverGames.Load(name);
            var perturbations = File.ReadAllLines(Path.Combine(SolverGames.RepositoryRoot(), "data", "games", "perturbations", name + ".txt"))
                .Where(line => line.Length > 0)
                .Select(line => (IReadOnlyList<double>)[.. line.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture))])
                .ToList();
            for (int run = 1; run <= 2; run++)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var result = game.NormalForm is { } normal ? Ipa.Solve(normal, perturbations) : Ipa.Solve(game.ExtensiveForm!, perturbations);
                double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                output.WriteLine($"{name} ipa run {run}: {clock.Elapsed.TotalSeconds:F3} s wall, {cpuSeconds:F3} s CPU, {result.Equilibria.Length} NE, {string.Join(' ', result.Diagnostics)}");
            }
        }
    }
}
