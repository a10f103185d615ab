namespace Brink.Model.Randomness;

/// <summary>
/// Blackman and Vigna's xoshiro256** (2018): 256 bits of state, period 2^256 − 1, fast and statistically strong.
/// A mutable value type passed by <c>ref</c> so a hot loop draws without allocation. Each replication gets its
/// own stream from <see cref="ForStream"/>(seed, index), so results never depend on thread scheduling.
/// </summary>
public struct Xoshiro256StarStar
{
    // Invariant: not all four words are zero (the all-zero state is the generator's one fixed point).
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    /// <summary>A generator with the given raw state; at least one word must be non-zero.</summary>
    public static Xoshiro256StarStar FromState(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0)
        {
            throw new ArgumentException("The all-zero state is not allowed.", nameof(s0));
        }

        return new Xoshiro256StarStar { s0 = s0, s1 = s1, s2 = s2, s3 = s3 };
    }

    /// <summary>
    /// The stream for replication <paramref name="streamIndex"/> of a run seeded with <paramref name="seed"/>: a
    /// SplitMix64 sequence started at Mix(seed) + Mix(index ⊕ constant) fills the four words, as Vigna advises.
    /// Distinct (seed, index) pairs start at distinct SplitMix states except with probability about 2^-64.
    /// </summary>
    public static Xoshiro256StarStar ForStream(ulong seed, ulong streamIndex)
    {
        unchecked
        {
            ulong state = SplitMix64.Mix(seed) + SplitMix64.Mix(streamIndex ^ 0xD1B54A32D192ED03UL);
            var rng = new Xoshiro256StarStar
            {
                s0 = SplitMix64.Next(ref state),
                s1 = SplitMix64.Next(ref state),
                s2 = SplitMix64.Next(ref state),
                s3 = SplitMix64.Next(ref state),
            };
            if ((rng.s0 | rng.s1 | rng.s2 | rng.s3) == 0)
            {
                rng.s0 = 1;
            }

            return rng;
        }
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        // Wrapping arithmetic is the algorithm; this is the simulation's hottest loop.
        unchecked
        {
            ulong result = RotateLeft(s1 * 5, 7) * 9;
            ulong t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = RotateLeft(s3, 45);
            return result;
        }
    }

    /// <summary>A uniform double in [0, 1) from the top 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>
    /// A standard normal deviate by the Box–Muller transform (Box and Muller, 1958): two uniforms per deviate,
    /// the second deviate not kept, so a stream's draws never depend on what was drawn before a caller's first call.
    /// </summary>
    public double NextGaussian()
    {
        double radius = Math.Sqrt(-2 * Math.Log(1 - NextDouble()));
        return radius * Math.Cos(2 * Math.PI * NextDouble());
    }

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool NextBernoulli(double probability) => NextDouble() < probability;

    /// <summary>
    /// Index i drawn with probability proportional to <paramref name="weights"/>[i]; the weights are
    /// non-negative with a positive sum. Falls back to the last positive weight against rounding.
    /// </summary>
    public int NextIndex(ReadOnlySpan<double> weights)
    {
        double total = 0;
        foreach (double w in weights)
        {
            total += w;
        }

        double u = NextDouble() * total;
        int last = -1;
        for (int i = 0; i < weights.Length; i++)
        {
            if (weights[i] <= 0)
            {
                continue;
            }

            last = i;
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return last >= 0 ? last : throw new ArgumentException("Weights must have a positive sum.", nameof(weights));
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
