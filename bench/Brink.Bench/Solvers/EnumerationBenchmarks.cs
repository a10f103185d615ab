using BenchmarkDotNet.Attributes;
using Brink.Games.Formats;
using Brink.Games.Profiles;
using Brink.Games.Solvers.Enumeration;

namespace Brink.Bench.Solvers;

/// <summary>
/// <c>enummixed</c> and <c>enumpure</c> on the largest bundled games. Gambit 17.0.0-alpha.2 (data/games/EXPECTED.md):
/// enummixed on rand2p-12x12 runs past 60 s; enumpure is milliseconds everywhere.
/// </summary>
[MemoryDiagnoser]
public class EnumerationBenchmarks
{
    private LoadedGame game = null!;

    /// <summary>The bundled game file.</summary>
    [Params("rand2p-8x8.nfg", "rand2p-12x12.nfg", "stripped_down_poker.efg")]
    public string Game { get; set; } = string.Empty;

    /// <summary>Reads the game once.</summary>
    [GlobalSetup]
    public void Setup() => game = SolverGames.Load(Game);

    /// <summary>All extreme equilibria.</summary>
    [Benchmark]
    public SolverResult EnumMixedAll() => game.NormalForm is { } normal ? EnumMixed.Solve(normal) : EnumMixed.Solve(game.ExtensiveForm!);

    /// <summary>All pure equilibria.</summary>
    [Benchmark]
    public SolverResult EnumPureAll() => game.NormalForm is { } normal ? EnumPure.Solve(normal) : EnumPure.Solve(game.ExtensiveForm!);
}
