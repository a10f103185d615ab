using System.Globalization;
using System.Numerics;

namespace Brink.Games.Numerics;

/// <summary>
/// An exact rational number on <see cref="BigInteger"/>. Payoffs, chance probabilities and the
/// answers of the exact solvers are rationals so that Brink reproduces Gambit's exact output.
/// </summary>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>, IComparable
{
    // Invariant: denominator > 0 and gcd(|numerator|, denominator) == 1; default(Rational) is read as 0/1.
    private readonly BigInteger numerator;
    private readonly BigInteger denominatorMinusOne;

    private Rational(BigInteger numerator, BigInteger denominator, bool normalised)
    {
        _ = normalised;
        this.numerator = numerator;
        denominatorMinusOne = denominator - 1;
    }

    /// <summary>The numerator, carrying the sign.</summary>
    public BigInteger Numerator => numerator;

    /// <summary>The denominator, always positive.</summary>
    public BigInteger Denominator => denominatorMinusOne + 1;

    /// <summary>Zero.</summary>
    public static Rational Zero => default;

    /// <summary>One.</summary>
    public static Rational One => new(BigInteger.One, BigInteger.One, true);

    /// <summary>Whether the value is zero.</summary>
    public bool IsZero => numerator.IsZero;

    /// <summary>Whether the value is an integer.</summary>
    public bool IsInteger => denominatorMinusOne.IsZero;

    /// <summary>−1, 0 or 1.</summary>
    public int Sign => numerator.Sign;

    /// <summary>Builds <paramref name="numerator"/>/<paramref name="denominator"/> in lowest terms.</summary>
    public static Rational Create(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("A rational's denominator cannot be zero.");
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!divisor.IsOne && !divisor.IsZero)
        {
            numerator /= divisor;
            denominator /= divisor;
        }

        return numerator.IsZero ? Zero : new Rational(numerator, denominator, true);
    }

    /// <summary>An integer as a rational.</summary>
    public static Rational FromInteger(BigInteger value) => new(value, BigInteger.One, true);

    /// <summary>
    /// The exact value of a finite double (every double is a dyadic rational), so conversions never round.
    /// </summary>
    public static Rational FromDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite doubles have a rational value.");
        }

        if (value == 0)
        {
            return Zero;
        }

        long bits = BitConverter.DoubleToInt64Bits(value);
        bool negative = bits < 0;
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent++;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075;
        BigInteger num = negative ? -mantissa : mantissa;
        return exponent >= 0
            ? FromInteger(num * BigInteger.Pow(2, exponent))
            : Create(num, BigInteger.Pow(2, -exponent));
    }

    /// <summary>
    /// The first continued-fraction convergent of <paramref name="value"/> within <paramref name="tolerance"/>,
    /// or null when none has a denominator up to <paramref name="maxDenominator"/>: how a floating-point solver's
    /// answer is turned back into the small rational it approximates (then checked exactly by the caller).
    /// </summary>
    public static Rational? Simplest(double value, double tolerance, long maxDenominator) =>
        double.IsFinite(value) && tolerance >= 0 && maxDenominator >= 1 && Math.Abs(value) <= 1e15
            ? Simplest(FromDouble(value), FromDouble(tolerance), maxDenominator)
            : null;

    /// <summary>
    /// <see cref="Simplest(double, double, long)"/> on an exact value, for floating answers carried in more
    /// precision than a double (a double-double's two parts sum exactly to a rational).
    /// </summary>
    public static Rational? Simplest(Rational value, Rational tolerance, BigInteger maxDenominator)
    {
        // Convergents h/k by the recurrence h_n = a_n h_(n-1) + h_(n-2), likewise k, on the exact remainders.
        BigInteger h0 = BigInteger.One, h1 = BigInteger.Zero, k0 = BigInteger.Zero, k1 = BigInteger.One;
        BigInteger numerator = value.Numerator, denominator = value.Denominator;
        for (int step = 0; step < 200; step++)
        {
            var a = BigInteger.DivRem(numerator, denominator, out var remainder);
            if (remainder.Sign < 0)
            {
                a -= 1;
                remainder += denominator;
            }

            (h0, h1) = ((a * h0) + h1, h0);
            (k0, k1) = ((a * k0) + k1, k0);
            if (k0 > maxDenominator)
            {
                return null;
            }

            var convergent = Create(h0, k0);
            if (Abs(value - convergent) <= tolerance)
            {
                return convergent;
            }

            if (remainder.IsZero)
            {
                return null;
            }

            (numerator, denominator) = (denominator, remainder);
        }

        return null;
    }

    /// <summary>
    /// Parses Gambit's number forms: integers, <c>p/q</c>, and decimals with an optional exponent
    /// (<c>-1.25</c>, <c>3e-2</c>), all read exactly.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Rational value)
    {
        value = Zero;
        if (text.IsEmpty)
        {
            return false;
        }

        int slash = text.IndexOf('/');
        if (slash >= 0)
        {
            if (!TryParseInteger(text[..slash], out var p) || !TryParseUnsigned(text[(slash + 1)..], out var q) || q.IsZero)
            {
                return false;
            }

            value = Create(p, q);
            return true;
        }

        return TryParseDecimal(text, out value);
    }

    /// <summary>Parses like <see cref="TryParse"/> and throws <see cref="FormatException"/> on failure.</summary>
    public static Rational Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"expected a number, found '{text}'");

    private static bool TryParseInteger(ReadOnlySpan<char> text, out BigInteger value)
    {
        bool negative = false;
        if (!text.IsEmpty && (text[0] == '-' || text[0] == '+'))
        {
            negative = text[0] == '-';
            text = text[1..];
        }

        bool ok = TryParseUnsigned(text, out value);
        if (negative)
        {
            value = -value;
        }

        return ok;
    }

    private static bool TryParseUnsigned(ReadOnlySpan<char> text, out BigInteger value)
    {
        value = BigInteger.Zero;
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        value = BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }

    private static bool TryParseDecimal(ReadOnlySpan<char> text, out Rational value)
    {
        value = Zero;
        int exponentAt = text.IndexOfAny('e', 'E');
        int exponent = 0;
        if (exponentAt >= 0)
        {
            if (!int.TryParse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)
                || Math.Abs(exponent) > 4000)
            {
                return false;
            }

            text = text[..exponentAt];
        }

        bool negative = false;
        if (!text.IsEmpty && (text[0] == '-' || text[0] == '+'))
        {
            negative = text[0] == '-';
            text = text[1..];
        }

        int dot = text.IndexOf('.');
        ReadOnlySpan<char> whole = dot >= 0 ? text[..dot] : text;
        ReadOnlySpan<char> fraction = dot >= 0 ? text[(dot + 1)..] : [];
        if (whole.IsEmpty && fraction.IsEmpty)
        {
            return false;
        }

        var digits = new BigInteger(0);
        if (!whole.IsEmpty && !TryParseUnsigned(whole, out digits))
        {
            return false;
        }

        if (!fraction.IsEmpty)
        {
            if (!TryParseUnsigned(fraction, out var fractionDigits))
            {
                return false;
            }

            digits = (digits * BigInteger.Pow(10, fraction.Length)) + fractionDigits;
        }

        exponent -= fraction.Length;
        if (negative)
        {
            digits = -digits;
        }

        value = exponent >= 0
            ? FromInteger(digits * BigInteger.Pow(10, exponent))
            : Create(digits, BigInteger.Pow(10, -exponent));
        return true;
    }

    /// <summary>The nearest double.</summary>
    public double ToDouble()
    {
        if (IsInteger)
        {
            return (double)numerator;
        }

        var denominator = Denominator;
        double direct = (double)numerator / (double)denominator;
        if (double.IsFinite(direct) && direct != 0)
        {
            return direct;
        }

        // Huge numerators and denominators overflow double on their own: scale them first.
        int shift = (int)Math.Max(BigInteger.Abs(numerator).GetBitLength(), denominator.GetBitLength()) - 1000;
        return shift <= 0 ? direct : (double)(numerator >> shift) / (double)(denominator >> shift);
    }

    /// <summary>Gambit's form: <c>p/q</c>, or an integer when the denominator is 1.</summary>
    public override string ToString() =>
        IsInteger
            ? numerator.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{numerator}/{Denominator}");

    /// <inheritdoc />
    public bool Equals(Rational other) => numerator == other.numerator && denominatorMinusOne == other.denominatorMinusOne;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(numerator, denominatorMinusOne);

    /// <inheritdoc />
    public int CompareTo(Rational other) =>
        denominatorMinusOne == other.denominatorMinusOne
            ? numerator.CompareTo(other.numerator)
            : (numerator * other.Denominator).CompareTo(other.numerator * Denominator);

    /// <inheritdoc />
    public int CompareTo(object? obj) =>
        obj is Rational other ? CompareTo(other) : throw new ArgumentException("Not a Rational.", nameof(obj));

    /// <summary>Absolute value.</summary>
    public static Rational Abs(Rational value) => value.Sign < 0 ? -value : value;

    /// <summary>The larger of two values.</summary>
    public static Rational Max(Rational a, Rational b) => a.CompareTo(b) >= 0 ? a : b;

    /// <summary>The smaller of two values.</summary>
    public static Rational Min(Rational a, Rational b) => a.CompareTo(b) <= 0 ? a : b;

#pragma warning disable CS1591 // Operators are self-describing.
    public static implicit operator Rational(int value) => FromInteger(value);

    public static implicit operator Rational(long value) => FromInteger(value);

    public static implicit operator Rational(BigInteger value) => FromInteger(value);

    public static explicit operator double(Rational value) => value.ToDouble();

    public static Rational operator +(Rational a, Rational b) =>
        a.denominatorMinusOne.IsZero && b.denominatorMinusOne.IsZero
            ? FromInteger(a.numerator + b.numerator)
            : Create((a.numerator * b.Denominator) + (b.numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) =>
        a.denominatorMinusOne.IsZero && b.denominatorMinusOne.IsZero
            ? FromInteger(a.numerator - b.numerator)
            : Create((a.numerator * b.Denominator) - (b.numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator -(Rational a) => a.IsZero ? a : new Rational(-a.numerator, a.Denominator, true);

    public static Rational operator *(Rational a, Rational b) =>
        a.denominatorMinusOne.IsZero && b.denominatorMinusOne.IsZero
            ? FromInteger(a.numerator * b.numerator)
            : Create(a.numerator * b.numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) =>
        b.IsZero
            ? throw new DivideByZeroException("Division of a rational by zero.")
            : Create(a.numerator * b.Denominator, a.Denominator * b.numerator);

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);

    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;
#pragma warning restore CS1591
}
