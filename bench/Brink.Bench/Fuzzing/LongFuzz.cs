using System.Diagnostics;
using System.Globalization;
using Brink.Fuzzing;

namespace Brink.Bench.Fuzzing;

/// <summary>
/// <c>dotnet run -c Release --project bench/Brink.Bench -- --fuzz N [--seed S]</c>: the CI fuzz property
/// (tests/Brink.Cli.Tests/Fuzzing) over N cases, with the same mutators and harness, linked as source from
/// tests/Shared/Fuzzing. Failing mutants are written to the working folder for triage; exit 1 when any fail.
/// </summary>
internal static class LongFuzz
{
    public static int Run(string[] args, TextWriter output)
    {
        int cases = int.Parse(Value(args, "--fuzz") ?? "10000", CultureInfo.InvariantCulture);
        int seed = int.Parse(Value(args, "--seed") ?? "1", CultureInfo.InvariantCulture);
        string root = FindRoot();
        string work = Path.Combine(Path.GetTempPath(), $"brink-longfuzz-{seed}");
        // Recorded runs go to a throw-away store, never the user's data folder.
        Environment.SetEnvironmentVariable("BRINK_STORE", Path.Combine(work, "runs.db"));
        var harness = new FuzzHarness(root, work);
        var clock = Stopwatch.StartNew();
        var failures = FuzzRun.Run(harness, FuzzCorpus.Load(root), cases, seed, done =>
        {
            if (done % 1000 == 0)
            {
                output.WriteLine($"{done} cases, {clock.Elapsed.TotalSeconds:F0} s");
            }
        });
        foreach (var failure in failures)
        {
            string file = Path.Combine(work, $"failure-{seed}-{failure.Index}-{failure.Seed.FileName}");
            File.WriteAllBytes(file, failure.Mutant);
            output.WriteLine($"case {failure.Index} ({file}): {failure.Problem}");
        }

        output.WriteLine($"{cases} cases, seed {seed}, {failures.Count} failures, {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var (kind, time) in harness.Elapsed.OrderBy(e => e.Key))
        {
            output.WriteLine($"  {kind}: {time.TotalSeconds:F1} s");
        }

        return failures.Count == 0 ? 0 : 1;
    }

    private static string? Value(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Brink.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository: Brink.slnx not found");
    }
}
