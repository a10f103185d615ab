using BenchmarkDotNet.Attributes;
using Brink.Games.ExtensiveForm;
using Brink.Games.Formats;
using Brink.Games.NormalForm;

namespace Brink.Bench.Formats;

/// <summary>Reading the two largest bundled games: kuhn40.efg (480 KB, 14,041 nodes) and rand2p-60x60.nfg.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string kuhn40 = string.Empty;
    private string random60 = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        string games = GamesFolder();
        kuhn40 = File.ReadAllText(Path.Combine(games, "kuhn40.efg"));
        random60 = File.ReadAllText(Path.Combine(games, "rand2p-60x60.nfg"));
    }

    [Benchmark]
    public ExtensiveFormGame ReadKuhn40() => EfgFormat.Read(kuhn40, "kuhn40.efg");

    [Benchmark]
    public NormalFormGame ReadRandom60x60() => NfgFormat.Read(random60, "rand2p-60x60.nfg");

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
