using BenchmarkDotNet.Attributes;
using Brink.Games.Formats;
using Brink.Games.Profiles;
using Brink.Games.Solvers.Lemke;

namespace Brink.Bench.Solvers;

/// <summary>
/// <c>lcp</c> on the largest bundled games. Gambit 17.0.0-alpha.2 (data/games/EXPECTED.md, 2 cores):
/// zerosum-40x40 13.6 s, rand2p-12x12 0.31 s, kuhn13 49.6 s, kuhn40 over 60 s; zerosum-80x80 has no Gambit run
/// (over 60 s by the brief that added it). Targets: at least 2x faster; zerosum-80x80 and kuhn40 under 10 s,
/// kuhn60 under 5 s.
/// </summary>
[MemoryDiagnoser]
public class LcpBenchmarks
{
    private LoadedGame game = null!;

    /// <summary>The bundled game file.</summary>
    [Params("zerosum-40x40.nfg", "zerosum-80x80.nfg", "rand2p-12x12.nfg", "kuhn13.efg", "kuhn40.efg", "kuhn60.efg")]
    public string Game { get; set; } = string.Empty;

    /// <summary>Reads the game once.</summary>
    [GlobalSetup]
    public void Setup() => game = SolverGames.Load(Game);

    /// <summary>All the equilibria Gambit's lcp prints.</summary>
    [Benchmark]
    public SolverResult Solve() => game.NormalForm is { } normal ? Lcp.Solve(normal) : Lcp.Solve(game.ExtensiveForm!);
}
