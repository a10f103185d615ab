using BenchmarkDotNet.Attributes;
using Brink.Games.Formats;
using Brink.Games.Solvers;

namespace Brink.Bench.Solvers;

/// <summary>
/// <c>logit</c> (branch end) on the bundled games where Gambit takes longest (data/games/EXPECTED.md):
/// rand2p-60x60 2.73 s, cs.efg 1.87 s, kuhn3.efg 1.15 s, zerosum-40x40 0.58 s.
/// </summary>
[MemoryDiagnoser]
public class LogitBenchmarks
{
    private LoadedGame game = null!;

    /// <summary>The bundled game file.</summary>
    [Params("rand2p-60x60.nfg", "cs.efg", "kuhn3.efg", "zerosum-40x40.nfg")]
    public string Game { get; set; } = string.Empty;

    /// <summary>Reads the game once.</summary>
    [GlobalSetup]
    public void Setup() => game = SolverGames.Load(Game);

    /// <summary>The end of the principal branch.</summary>
    [Benchmark]
    public SolverResult EndPoint() => game.NormalForm is { } normal ? LogitSolver.Solve(normal) : LogitSolver.Solve(game.ExtensiveForm!);
}
