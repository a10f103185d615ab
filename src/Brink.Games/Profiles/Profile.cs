using System.Collections.Immutable;
using Brink.Games.Numerics;

namespace Brink.Games.Profiles;

/// <summary>
/// A strategy profile as Gambit prints it: segments of probabilities (one per player for mixed profiles,
/// one per information set for behaviour profiles), flattened in order on output.
/// </summary>
/// <param name="Kind">Mixed or behaviour.</param>
/// <param name="Values">Probabilities as doubles, one segment per player or information set.</param>
/// <param name="Exact">The same probabilities exactly, or default when the solver works in floating point.</param>
public sealed record Profile(
    ProfileKind Kind,
    ImmutableArray<ImmutableArray<double>> Values,
    ImmutableArray<ImmutableArray<Rational>> Exact)
{
    /// <summary>
    /// Whether the exact probabilities are a grid point near an equilibrium rather than an equilibrium (simpdiv):
    /// printed as rationals, checked as a floating profile.
    /// </summary>
    public bool IsApproximation { get; init; }

    /// <summary>Whether the exact probabilities are known.</summary>
    public bool IsExact => !Exact.IsDefault;

    /// <summary>All probabilities in print order.</summary>
    public IEnumerable<double> Flattened => Values.SelectMany(segment => segment);

    /// <summary>An exact profile.</summary>
    public static Profile FromExact(ProfileKind kind, IEnumerable<IEnumerable<Rational>> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var exact = segments.Select(s => s.ToImmutableArray()).ToImmutableArray();
        var values = exact.Select(s => s.Select(r => r.ToDouble()).ToImmutableArray()).ToImmutableArray();
        return new Profile(kind, values, exact);
    }

    /// <summary>A floating-point profile.</summary>
    public static Profile FromDoubles(ProfileKind kind, IEnumerable<IEnumerable<double>> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        return new Profile(kind, segments.Select(s => s.ToImmutableArray()).ToImmutableArray(), default);
    }

    /// <summary>Equality of the probabilities (exact where both are exact), not of array references.</summary>
    public bool Matches(Profile other, double tolerance = 0)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Kind != other.Kind || Values.Length != other.Values.Length)
        {
            return false;
        }

        if (IsExact && other.IsExact && tolerance == 0)
        {
            return Exact.Zip(other.Exact).All(pair => pair.First.SequenceEqual(pair.Second));
        }

        return Values.Zip(other.Values).All(pair =>
            pair.First.Length == pair.Second.Length
            && pair.First.Zip(pair.Second).All(v => Math.Abs(v.First - v.Second) <= tolerance));
    }
}
