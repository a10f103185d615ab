namespace Brink.Model.Randomness;

/// <summary>
/// Steele, Lea and Flood's SplitMix64 (2014), the generator Vigna recommends for seeding xoshiro: one 64-bit
/// word of state advanced by the golden-ratio increment, then mixed. Used here only to expand seeds.
/// </summary>
public static class SplitMix64
{
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;

    /// <summary>Advances <paramref name="state"/> and returns the next output.</summary>
    public static ulong Next(ref ulong state)
    {
        // Wrapping multiplication and addition are the algorithm; the project checks overflow elsewhere.
        unchecked
        {
            state += GoldenGamma;
            return Mix(state);
        }
    }

    /// <summary>The SplitMix64 finaliser: a bijective avalanche mix of one word.</summary>
    public static ulong Mix(ulong value)
    {
        unchecked
        {
            ulong z = value;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
