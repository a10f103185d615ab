using System.Collections.Immutable;

namespace Brink.Model.Packs;

/// <summary>
/// The covariance of the fitted parameters recorded by <c>brink fit</c> (the <c>covariance:</c> rows of the
/// fitted block): the inverse Hessian of the negative log posterior at the MAP, the Laplace approximation.
/// Invariant: <see cref="Rows"/> is square, one row and one column per name of <see cref="Names"/> in that
/// order, symmetric and positive semidefinite (checked by <see cref="PackLoader"/>).
/// </summary>
/// <param name="Names">Parameter names in row order (the order of the fitted block's <c>values</c>).</param>
/// <param name="Rows">The matrix, row by row.</param>
public sealed record ParameterCovariance(ImmutableArray<string> Names, ImmutableArray<ImmutableArray<double>> Rows)
{
    /// <summary>The entry for a pair of parameters, or null when either is not covered.</summary>
    public double? Entry(string row, string column)
    {
        int i = Names.IndexOf(row), j = Names.IndexOf(column);
        return i < 0 || j < 0 ? null : Rows[i][j];
    }

    /// <inheritdoc />
    public bool Equals(ParameterCovariance? other) =>
        other is not null && Names.SequenceEqual(other.Names) && Rows.Length == other.Rows.Length
        && Rows.Zip(other.Rows).All(p => p.First.SequenceEqual(p.Second));

    /// <inheritdoc />
    public override int GetHashCode() => Names.Aggregate(Rows.Length, (h, n) => HashCode.Combine(h, n));
}
