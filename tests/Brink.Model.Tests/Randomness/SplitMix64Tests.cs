using Brink.Model.Randomness;

namespace Brink.Model.Tests.Randomness;

public class SplitMix64Tests
{
    [Fact]
    public void Next_Seed1234567_MatchesReference()
    {
        // Reference outputs of splitmix64.c for seed 1234567 (Rosetta Code, "Pseudo-random numbers/Splitmix64").
        ulong state = 1234567;
        ulong[] expected = [6457827717110365317UL, 3203168211198807973UL, 9817491932198370423UL, 4593380528125082431UL, 16408922859458223821UL];
        foreach (ulong value in expected)
        {
            Assert.Equal(value, SplitMix64.Next(ref state));
        }
    }
}
