namespace Brink.Model.Parallelism;

/// <summary>
/// The one worker-count rule of every parallel run (predictions' draws, simulations, sweeps, fits, backtests,
/// policy searches): a requested count of <see cref="EveryCore"/> (0) means every core the machine reports, any
/// other count is used as it is, up to <see cref="Max"/>. Results never depend on it: each unit of work draws from
/// its own stream keyed by (seed, index), so the count changes speed only.
/// </summary>
public static class Workers
{
    /// <summary>The requested count that means every core.</summary>
    public const int EveryCore = 0;

    /// <summary>The most workers a run may ask for: more than the cores only adds switching (docs/limits.md).</summary>
    public const int Max = 256;

    /// <summary>What a requested count means, for option descriptions and messages.</summary>
    public const string Meaning = "0 = every core";

    /// <summary>Whether <paramref name="requested"/> is a count a run may ask for: 0 (every core) up to <see cref="Max"/>.</summary>
    public static bool IsValid(int requested) => requested is >= EveryCore and <= Max;

    /// <summary>Why <paramref name="requested"/>, given as <paramref name="option"/>, is refused; null when it is valid.</summary>
    public static string? Problem(string option, int requested) =>
        IsValid(requested) ? null : $"{option} must be 0 (every core) up to {Max}";

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming <paramref name="parameterName"/> unless <paramref name="requested"/> is valid.</summary>
    public static void Validate(int requested, string parameterName)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(requested, parameterName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(requested, Max, parameterName);
    }

    /// <summary>The number of workers <paramref name="requested"/> stands for on this machine.</summary>
    public static int Count(int requested)
    {
        Validate(requested, nameof(requested));
        return requested == EveryCore ? Environment.ProcessorCount : requested;
    }

    /// <summary><see cref="Parallel"/>'s options for <paramref name="requested"/> workers, stopping on <paramref name="cancellationToken"/>.</summary>
    public static ParallelOptions Options(int requested, CancellationToken cancellationToken = default) =>
        new() { MaxDegreeOfParallelism = Count(requested), CancellationToken = cancellationToken };
}
