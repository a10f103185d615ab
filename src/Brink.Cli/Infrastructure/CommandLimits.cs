namespace Brink.Cli.Infrastructure;

/// <summary>
/// Upper bounds on the CLI's counts (docs/limits.md), each refused with exit 2 before any work starts. They are
/// far above what a useful run needs and keep a typo (an extra zero or five) from running for days.
/// </summary>
internal static class CommandLimits
{
    /// <summary>Most worker threads: more than the cores only adds switching.</summary>
    public const int MaxThreads = 256;

    /// <summary>Most parameter draws of <c>predict --draws</c> and <c>optimize --draws</c>.</summary>
    public const int MaxDraws = 100_000;

    /// <summary>Most simulated trajectories per point of <c>sweep --replications</c>.</summary>
    public const int MaxReplications = 100_000;

    /// <summary>Refuses <paramref name="threads"/> outside 0 (all cores) .. <see cref="MaxThreads"/>.</summary>
    public static void CheckThreads(int threads)
    {
        if (threads is < 0 or > MaxThreads)
        {
            throw new UsageException($"--threads must be 0 (all cores) up to {MaxThreads}");
        }
    }
}
