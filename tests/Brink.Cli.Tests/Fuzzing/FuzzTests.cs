using System.Diagnostics;
using Brink.Cli.Tests.Infrastructure;
using Brink.Fuzzing;

namespace Brink.Cli.Tests.Fuzzing;

/// <summary>
/// The seeded mutation fuzzer over every parser and the commands that read its files (issue 13, item 1). Each
/// seed runs a fixed share of cases; <c>dotnet run --project bench/Brink.Bench -- --fuzz N --seed S</c> runs longer.
/// </summary>
public sealed class FuzzTests
{
    /// <summary>Cases per seed value per CI run; four seed values make 2,000 cases, measured at 32 s on the 2-core machine (65 s when it is busy).</summary>
    private const int CasesPerRun = 500;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Mutants_NeverCrashOrHang(int seed)
    {
        var clock = Stopwatch.StartNew();
        string work = Path.Combine(Path.GetTempPath(), $"brink-fuzz-{Environment.ProcessId}-{seed}");
        var harness = new FuzzHarness(RepositoryPaths.Root, work);
        var failures = FuzzRun.Run(harness, FuzzCorpus.Load(RepositoryPaths.Root), CasesPerRun, seed);
        File.WriteAllLines(Path.Combine(work, "timing.txt"), harness.Elapsed.OrderBy(e => e.Key).Select(e => $"{e.Key} {e.Value.TotalSeconds:F1} s"));
        foreach (var failure in failures)
        {
            // Kept beside the run for triage; a fixed crash's input moves to Fuzzing/Regressions/.
            File.WriteAllBytes(Path.Combine(work, $"failure-{seed}-{failure.Index}-{failure.Seed.FileName}"), failure.Mutant);
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20).Select(f =>
            $"seed {seed} case {f.Index} ({f.Seed.FileName}, {f.Mutant.Length} bytes): {f.Problem}")));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{CasesPerRun} cases took {clock.Elapsed}");
    }
}
