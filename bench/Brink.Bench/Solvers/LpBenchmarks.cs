using BenchmarkDotNet.Attributes;
using Brink.Games.Formats;
using Brink.Games.Profiles;
using Brink.Games.Solvers.LinearProgramming;

namespace Brink.Bench.Solvers;

/// <summary>
/// <c>lp</c> on the largest bundled games. Gambit 17.0.0-alpha.2 (data/games/EXPECTED.md, 2 cores):
/// zerosum-40x40 0.41 s, kuhn13 3.2 s, kuhn40 over 60 s. Targets: at least 2x faster; kuhn60 under 5 s.
/// </summary>
[MemoryDiagnoser]
public class LpBenchmarks
{
    private LoadedGame game = null!;

    /// <summary>The bundled game file.</summary>
    [Params("zerosum-40x40.nfg", "zerosum-80x80.nfg", "kuhn13.efg", "kuhn40.efg", "kuhn60.efg")]
    public string Game { get; set; } = string.Empty;

    /// <summary>Reads the game once.</summary>
    [GlobalSetup]
    public void Setup() => game = SolverGames.Load(Game);

    /// <summary>The equilibrium Gambit's lp prints.</summary>
    [Benchmark]
    public SolverResult Solve() => game.NormalForm is { } normal ? Lp.Solve(normal) : Lp.Solve(game.ExtensiveForm!);
}
