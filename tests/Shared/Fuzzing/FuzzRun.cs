namespace Brink.Fuzzing;

/// <summary>One failing case: where it came from and how to replay it (seed, index), the mutant and what broke.</summary>
internal sealed record FuzzFailure(FuzzSeed Seed, int Index, byte[] Mutant, string Problem);

/// <summary>
/// Runs <c>cases</c> mutants round-robin over the seeds. Case <c>i</c> draws from <c>new Random(seed, i)</c> only,
/// so any case replays alone and the set of cases does not depend on how many ran before it.
/// </summary>
internal static class FuzzRun
{
    public static List<FuzzFailure> Run(FuzzHarness harness, IReadOnlyList<FuzzSeed> seeds, int cases, int seed, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(harness);
        ArgumentNullException.ThrowIfNull(seeds);
        var failures = new List<FuzzFailure>();
        for (int i = 0; i < cases; i++)
        {
            var start = seeds[i % seeds.Count];
            var mutant = Mutant(start, seed, i);
            // Successive mutants of one seed file take the commands that read it in turn.
            if (harness.Check(start.Kind, start.FileName, mutant, variant: i / seeds.Count) is { } problem)
            {
                failures.Add(new FuzzFailure(start, i, mutant, problem));
            }

            progress?.Invoke(i + 1);
        }

        return failures;
    }

    /// <summary>The mutant of case <paramref name="index"/>.</summary>
    public static byte[] Mutant(FuzzSeed start, int seed, int index)
    {
        ArgumentNullException.ThrowIfNull(start);
        // Not HashCode.Combine: it is salted per process, and a case must replay in another process.
        var random = new Random((int)((((long)seed * 1_000_003L) + index) & int.MaxValue));
        return start.Kind is FuzzInputKind.VarySpec or FuzzInputKind.ControlSpec
            ? System.Text.Encoding.UTF8.GetBytes(InputMutator.MutateSpec(System.Text.Encoding.UTF8.GetString(start.Bytes), random))
            : InputMutator.Mutate(start.Bytes, random);
    }
}
