using System.Numerics;
using Brink.Games.Numerics;

namespace Brink.Games.Numerics;

/// <summary>Turns exact rational payoff tables into integer ones with the same best responses.</summary>
internal static class IntegerMatrices
{
    /// <summary>
    /// Multiplies every entry by the least common multiple of the denominators, then shifts so the smallest entry
    /// is <paramref name="minimum"/>. A positive scale and a constant shift change no best response.
    /// </summary>
    public static BigInteger[,] ScaledAndShifted(Rational[,] values, BigInteger minimum)
    {
        var scaled = Scaled(values);
        BigInteger low = scaled.Cast<BigInteger>().Min();
        int rows = values.GetLength(0), columns = values.GetLength(1);
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                scaled[i, j] += minimum - low;
            }
        }

        return scaled;
    }

    /// <summary>Multiplies every entry by the least common multiple of the denominators.</summary>
    public static BigInteger[,] Scaled(Rational[,] values)
    {
        BigInteger lcm = BigInteger.One;
        foreach (Rational value in values)
        {
            lcm = lcm / BigInteger.GreatestCommonDivisor(lcm, value.Denominator) * value.Denominator;
        }

        int rows = values.GetLength(0), columns = values.GetLength(1);
        var result = new BigInteger[rows, columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                result[i, j] = values[i, j].Numerator * (lcm / values[i, j].Denominator);
            }
        }

        return result;
    }
}
