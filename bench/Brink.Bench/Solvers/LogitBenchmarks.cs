using BenchmarkDotNet.Attributes;
using Brink.Games.ExtensiveForm;
using Brink.Games.Formats;
using Brink.Games.NormalForm;
using Brink.Games.Profiles;
using Brink.Games.Solvers.QuantalResponse;

namespace Brink.Bench.Solvers;

/// <summary>
/// gambit-logit's end points on the games EXPECTED.md times (kuhn3.efg 1.15 s, 3x3x3.nfg 0.007 s, rand3p-6x6x6.nfg
/// 0.043 s, rand4p-4x4x4x4.nfg 0.059 s, wall clock with process start), and one QRE at λ = 10 as the model asks.
/// </summary>
[MemoryDiagnoser]
public class LogitBenchmarks
{
    private ExtensiveFormGame kuhn3 = null!;
    private NormalFormGame threeByThreeByThree = null!;
    private NormalFormGame random3Players = null!;
    private NormalFormGame random4Players = null!;

    [GlobalSetup]
    public void Setup()
    {
        string games = GamesFolder();
        kuhn3 = GameFile.Load(Path.Combine(games, "kuhn3.efg")).ExtensiveForm!;
        threeByThreeByThree = GameFile.Load(Path.Combine(games, "3x3x3.nfg")).NormalForm!;
        random3Players = GameFile.Load(Path.Combine(games, "rand3p-6x6x6.nfg")).NormalForm!;
        random4Players = GameFile.Load(Path.Combine(games, "rand4p-4x4x4x4.nfg")).NormalForm!;
    }

    [Benchmark]
    public SolverResult SolveKuhn3() => Logit.Solve(kuhn3);

    [Benchmark]
    public SolverResult Solve3x3x3() => Logit.Solve(threeByThreeByThree);

    [Benchmark]
    public SolverResult SolveRandom3Players() => Logit.Solve(random3Players);

    [Benchmark]
    public SolverResult SolveRandom4Players() => Logit.Solve(random4Players);

    [Benchmark]
    public Profile Kuhn3AtLambda10() => Logit.AtLambda(kuhn3, 10);

    private static string GamesFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Brink.slnx")))
            {
                return Path.Combine(directory.FullName, "data", "games");
            }
        }

        throw new DirectoryNotFoundException("Brink.slnx not found above " + AppContext.BaseDirectory);
    }
}
