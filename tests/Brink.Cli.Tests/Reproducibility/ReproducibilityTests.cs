using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Reproducibility;

/// <summary>
/// Issue 13, item 3: every command's standard output and output files are byte-identical for the same inputs and
/// seed, whatever the thread count. Each command runs twice in-process (default parallelism, warm) and twice as
/// a child process with <c>DOTNET_PROCESSOR_COUNT</c> 1 and 7, which is what "all cores" resolves to for every
/// <c>--threads 0</c> default; the four runs must agree byte for byte. Nothing is masked: no command prints a
/// run id, timestamp or timing on standard output or into its files (progress and "wrote FILE" go to stderr).
/// </summary>
[Trait("Category", "Slow")]
public sealed class ReproducibilityTests
{
    private static readonly string Situation = RepositoryPaths.Combine("data", "situations", "iran-2025-fordow.yaml");

    private static string Case(string name) => RepositoryPaths.Combine("data", "cases", "iran", name + ".yaml");

    private static string Game(string name) => RepositoryPaths.Combine("data", "games", name);

    /// <summary>
    /// Command lines; {out} is the run's output folder (the same path for every run of a case), {store} a store
    /// holding one recorded run.
    /// </summary>
    public static TheoryData<string, string[]> Commands() => new()
    {
        { "demo", ["demo"] },
        { "check", ["check", RepositoryPaths.Combine("data", "cases", "iran")] },
        { "predict", ["predict", Situation, "--no-store"] },
        { "predict-draws", ["predict", Situation, "--draws", "200", "--seed", "5", "--json", "--no-store"] },
        { "simulate", ["simulate", Situation, "-n", "300", "-t", "4", "--seed", "7", "--json", "--csv", "{out}/sim.csv", "--no-store"] },
        { "sweep", ["sweep", Situation, "--vary", "state.sanctions=0:1:3", "--vary", "trigger.severity=0.2:0.8:2", "-r", "4", "-t", "3", "--out", "{out}/sweep.csv", "--no-store"] },
        { "backtest", ["backtest", Case("soleimani-2020"), Case("fuel-protests-2019"), Case("obama-un-offer-2013"), Case("flame-2012"), "--json", "--no-store"] },
        { "fit", ["fit", Case("soleimani-2020"), Case("fuel-protests-2019"), Case("flame-2012"), "--folds", "2", "--no-loo", "--out", "{out}/fit", "--no-store"] },
        { "ablate", ["ablate", Case("soleimani-2020"), Case("fuel-protests-2019"), Case("obama-un-offer-2013"), Case("flame-2012"), "--json"] },
        { "optimize", ["optimize", Situation, "--control", "state.sanctions=0:1", "--levels", "3", "--draws", "4", "--json"] },
        { "optimize-policy-space", ["optimize", Situation, "--policy-space", RepositoryPaths.Combine("data", "policies", "spaces", "offer-after-pressure.yaml"), "--runs", "60", "--draws", "3", "--target-deal", "0.3", "--json"] },
        { "solve-enumpure", ["solve", Game("e04.efg"), "-m", "enumpure"] },
        { "solve-enummixed", ["solve", Game("e04.nfg"), "-m", "enummixed"] },
        { "solve-lcp", ["solve", Game("e04.efg"), "-m", "lcp"] },
        { "solve-lp", ["solve", Game("2x2const.nfg"), "-m", "lp"] },
        { "solve-logit", ["solve", Game("e04.nfg"), "-m", "logit"] },
        { "solve-simpdiv", ["solve", Game("2x2x2.nfg"), "-m", "simpdiv"] },
        { "solve-gnm", ["solve", Game("2x2x2.nfg"), "-m", "gnm"] },
        { "game-info", ["game", "info", Game("e04.efg")] },
        { "convert", ["convert", Game("e04.efg"), "--to", "nfg", "--out", "{out}/e04.nfg"] },
        { "report", ["report", "1", "--out", "{out}/report.html", "--store", "{store}"] },
        { "runs-list", ["runs", "list", "--store", StoreWithOneRun.Path, "--json"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_SameInputsAndSeed_SameBytesAtAnyThreadCount(string name, string[] template)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"brink-repro-{Environment.ProcessId}-{name}");
        string[] args = [.. template.Select(a => a.Replace("{out}", folder, StringComparison.Ordinal)
            .Replace("{store}", a == "{store}" ? StoreWithOneRun.Path : a, StringComparison.Ordinal))];
        var first = Capture(folder, () => InProcess(args));
        var second = Capture(folder, () => InProcess(args));
        var oneCore = Capture(folder, () => InChildProcess(args, processors: 1));
        var sevenCores = Capture(folder, () => InChildProcess(args, processors: 7));
        Assert.Equal(0, first.Exit);
        AssertSame(first, second, "a second in-process run");
        AssertSame(first, oneCore, "DOTNET_PROCESSOR_COUNT=1");
        AssertSame(first, sevenCores, "DOTNET_PROCESSOR_COUNT=7");
    }

    private sealed record Outcome(int Exit, string Output, SortedDictionary<string, byte[]> Files);

    private static void AssertSame(Outcome expected, Outcome actual, string how)
    {
        Assert.True(expected.Exit == actual.Exit, $"{how}: exit {actual.Exit}, not {expected.Exit}: {actual.Output}");
        Assert.True(expected.Output == actual.Output, $"{how}: standard output differs:\n{FirstDifference(expected.Output, actual.Output)}");
        Assert.Equal(expected.Files.Keys, actual.Files.Keys);
        foreach (var (file, bytes) in expected.Files)
        {
            if (!bytes.AsSpan().SequenceEqual(actual.Files[file]))
            {
                // Both versions are kept for a diff.
                string keep = Path.Combine(Path.GetTempPath(), $"brink-repro-diff-{Environment.ProcessId}-{Path.GetFileName(file)}");
                File.WriteAllBytes(keep + ".first", bytes);
                File.WriteAllBytes(keep + ".other", actual.Files[file]);
                Assert.Fail($"{how}: {file} differs (see {keep}.first and .other)");
            }
        }
    }

    private static string FirstDifference(string a, string b)
    {
        int at = 0;
        while (at < a.Length && at < b.Length && a[at] == b[at])
        {
            at++;
        }

        int from = Math.Max(0, at - 80);
        return $"at {at}: '{a[from..Math.Min(a.Length, at + 80)]}' vs '{b[from..Math.Min(b.Length, at + 80)]}'";
    }

    private static Outcome Capture(string folder, Func<(int Exit, string Output)> run)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var (exit, output) = run();
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, file)] = File.ReadAllBytes(file);
        }

        return new Outcome(exit, output, files);
    }

    private static (int Exit, string Output) InProcess(string[] args)
    {
        var (exit, output, _) = CliRun.Run(args);
        return (exit, output);
    }

    private static (int Exit, string Output) InChildProcess(string[] args, int processors)
    {
        var environment = new Dictionary<string, string?>
        {
            ["DOTNET_PROCESSOR_COUNT"] = processors.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["BRINK_STORE"] = TestRunStore.Path,
            ["NO_COLOR"] = "1",
        };
        var (exit, output, _) = ChildProcess.Run(
            ChildProcess.Dotnet, [ChildProcess.BrinkDll, .. args], Directory.GetCurrentDirectory(), TimeSpan.FromMinutes(3), environment);
        return (exit, output);
    }
}
