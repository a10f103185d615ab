using System.Diagnostics;
using System.Globalization;
using Brink.Games.Solvers.Homotopy;
using Brink.Games.Solvers.Lemke;
using Brink.Games.Solvers.LinearProgramming;
using Brink.Games.Solvers.Lyapunov;
using Brink.Games.Solvers.Polynomial;

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

        PrintMore(output);
        IpaTimings.Print(output);
    }

    /// <summary>
    /// liap, enumpoly and gnm on the games where gambit-liap, gambit-enumpoly or gambit-gnm took over 0.1 s (gnm: also
    /// tim.efg at 0.087 s) (EXPECTED-more.md), gnm from the same perturbation file as Gambit's run;
    /// <c>--solver-timings more</c> prints these rows alone.
    /// </summary>
    public static void PrintMore(TextWriter output)
    {
        foreach (var (name, method) in MoreRows)
        {
            var game = SolverGames.Load(name);
            // CPU time as well as wall time: on a shared machine the wall clock measures the other jobs too.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var result = (method, game.NormalForm) switch
            {
                ("liap", { } normal) => Liap.Solve(normal),
                ("liap", null) => Liap.Solve(game.ExtensiveForm!),
                ("gnm", { } normal) => Gnm.Solve(normal, Perturbations(name)),
                ("gnm", null) => Gnm.Solve(game.ExtensiveForm!, Perturbations(name)),
                (_, { } normal) => EnumPoly.Solve(normal),
                _ => EnumPoly.Solve(game.ExtensiveForm!),
            };
            double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            output.WriteLine($"{name} {method}: {clock.Elapsed.TotalSeconds:F3} s wall, {cpuSeconds:F3} s CPU, {result.Equilibria.Length} NE, {string.Join(' ', result.Diagnostics)}");
        }
    }

    private static readonly (string Game, string Method)[] MoreRows =
    [
        ("2smp.efg", "enumpoly"), ("3_player.efg", "enumpoly"), ("5x4x3.nfg", "enumpoly"), ("8x8.nfg", "enumpoly"), ("perfect1.nfg", "enumpoly"), ("tim.efg", "enumpoly"),
        ("2x2x2x2.nfg", "liap"), ("3x3x3.nfg", "liap"), ("5x4x3.nfg", "liap"), ("8x8.nfg", "liap"), ("cent4.efg", "liap"),
        ("coord4.nfg", "liap"), ("e04.efg", "liap"), ("entry_accommodation.efg", "liap"), ("g2.nfg", "liap"), ("km1.efg", "liap"),
        ("mixdom.nfg", "liap"), ("oneill.nfg", "liap"), ("perfect_info_with_chance.efg", "liap"), ("rand2p-12x12.nfg", "liap"),
        ("rand2p-8x8.nfg", "liap"), ("rand3p-6x6x6.nfg", "liap"), ("sh3.nfg", "liap"), ("stripped_down_poker.efg", "liap"),
        ("sww1.efg", "liap"), ("todd1.nfg", "liap"), ("wilson1.efg", "liap"), ("yamamoto.nfg", "liap"),
        ("kuhn3.efg", "gnm"), ("tim.efg", "gnm"), ("zerosum-40x40.nfg", "gnm"),
    ];

    // data/games/perturbations/GAME.txt: the vectors Gambit's gnm run used, one per line.
    private static List<IReadOnlyList<double>> Perturbations(string name) =>
        [.. File.ReadAllLines(Path.Combine(SolverGames.RepositoryRoot(), "data", "games", "perturbations", name + ".txt"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => (IReadOnlyList<double>)[.. line.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture))])];
}
