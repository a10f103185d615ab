using BenchmarkDotNet.Attributes;
using Brink.Games.ExtensiveForm;
using Brink.Games.Solvers.CounterfactualRegret;

namespace Brink.Bench.Solvers;

/// <summary>
/// <c>cfr</c> to exploitability 1e-3 on the two trees it is meant for. Target (issue 10): kuhn40 under 10 s;
/// Leduc measured. Vanilla CFR on Leduc needs about 840,000 iterations, so it is left to --cfr-timings.
/// </summary>
[MemoryDiagnoser]
public class CfrBenchmarks
{
    private ExtensiveFormGame game = null!;

    /// <summary>The bundled game file.</summary>
    [Params("kuhn40.efg", "leduc.efg")]
    public string Game { get; set; } = string.Empty;

    /// <summary>The variant.</summary>
    [Params(CfrVariant.Plus, CfrVariant.Linear, CfrVariant.Discounted)]
    public CfrVariant Variant { get; set; }

    /// <summary>Reads the game once.</summary>
    [GlobalSetup]
    public void Setup() => game = SolverGames.Load(Game).ExtensiveForm!;

    /// <summary>The average profile at exploitability 1e-3.</summary>
    [Benchmark]
    public CfrRun Solve() => Cfr.Run(game, new CfrOptions { Variant = Variant });
}
