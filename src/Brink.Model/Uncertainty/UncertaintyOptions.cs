using Brink.Model.Parallelism;

namespace Brink.Model.Uncertainty;

/// <summary>How to propagate the fitted parameters' uncertainty into a prediction.</summary>
/// <param name="Draws">Parameter vectors drawn from the posterior approximation; 0 turns intervals off.</param>
/// <param name="Seed">The run's seed: draw d uses the stream (seed, d), so results never depend on threads.</param>
/// <param name="MaxDegreeOfParallelism">Worker threads (<see cref="Workers"/>: 0 = every core). Results do not depend on it.</param>
public sealed record UncertaintyOptions(int Draws, ulong Seed, int MaxDegreeOfParallelism = 1)
{
    /// <summary>The default number of draws.</summary>
    public const int DefaultDraws = 200;

    /// <summary>The default seed.</summary>
    public const ulong DefaultSeed = 1;

    /// <summary>200 draws, seed 1, one thread (at 200 draws of a few microseconds each, threads cost more than they save).</summary>
    public static UncertaintyOptions Default { get; } = new(DefaultDraws, DefaultSeed);

    /// <summary>No draws: no intervals.</summary>
    public static UncertaintyOptions None { get; } = new(0, DefaultSeed);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for a negative count.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Draws);
        Workers.Validate(MaxDegreeOfParallelism, nameof(MaxDegreeOfParallelism));
    }
}
