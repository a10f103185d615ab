using System.CommandLine;
using Brink.Model.Parallelism;

namespace Brink.Cli.Infrastructure;

/// <summary>
/// Upper bounds on the CLI's counts (docs/limits.md), each refused with exit 2 before any work starts. They are
/// far above what a useful run needs and keep a typo (an extra zero or five) from running for days.
/// </summary>
internal static class CommandLimits
{
    /// <summary>Most parameter draws of <c>predict --draws</c> and <c>optimize --draws</c>.</summary>
    public const int MaxDraws = 100_000;

    /// <summary>Most simulated trajectories per point of <c>sweep --replications</c>.</summary>
    public const int MaxReplications = 100_000;

    /// <summary>The <c>--threads</c> option of a command that runs on worker threads (<see cref="Workers"/>).</summary>
    /// <param name="work">What the workers do, e.g. "the refits"; null for the whole run.</param>
    public static Option<int> ThreadsOption(string? work = null) => new("--threads")
    {
        Description = $"Worker threads{(work is null ? string.Empty : " for " + work)} ({Workers.Meaning}); results do not depend on it.",
        DefaultValueFactory = _ => Workers.EveryCore,
    };

    /// <summary>Refuses a <c>--threads</c> count outside <see cref="Workers"/>' rule.</summary>
    public static void CheckThreads(int threads)
    {
        if (Workers.Problem("--threads", threads) is { } problem)
        {
            throw new UsageException(problem);
        }
    }
}
