using System.Collections.Immutable;

namespace Brink.Model.Packs;

/// <summary>
/// Where a pack's fitted values came from (the <c>fitted:</c> block of pack.yaml, written by <c>brink fit</c>):
/// the fitted values of the free parameters, the data they were fitted on and the cross-validated scores.
/// </summary>
/// <param name="Values">Fitted value per parameter name; they override the documented defaults.</param>
/// <param name="Cases">Number of cases fitted on.</param>
/// <param name="DataSha256">SHA-256 of the case files, in name order.</param>
/// <param name="Scores">Cross-validated and in-sample scores by name (e.g. <c>loo_brier</c>).</param>
public sealed record FitRecord(
    ImmutableSortedDictionary<string, double> Values,
    int Cases,
    string DataSha256,
    ImmutableSortedDictionary<string, double> Scores)
{
    /// <summary>Standard error of each fitted value (from the Hessian), where finite.</summary>
    public ImmutableSortedDictionary<string, double> StandardErrors { get; init; } = ImmutableSortedDictionary<string, double>.Empty;

    /// <summary>The full covariance of the fitted values, or null for a fit recorded before it was written (then
    /// the standard errors give its diagonal).</summary>
    public ParameterCovariance? Covariance { get; init; }

    /// <summary>
    /// Ids of the cases fitted on, in the order fitted; empty for packs written before fits recorded them (then
    /// only <see cref="Cases"/> and <see cref="DataSha256"/> say what the fit saw). A backtest scores these cases
    /// leave-one-out, since the fitted values have seen them.
    /// </summary>
    public ImmutableArray<string> CaseIds { get; init; } = [];

    /// <inheritdoc />
    public bool Equals(FitRecord? other) =>
        other is not null && Cases == other.Cases && DataSha256 == other.DataSha256
        && Values.SequenceEqual(other.Values) && Scores.SequenceEqual(other.Scores) && StandardErrors.SequenceEqual(other.StandardErrors)
        && Equals(Covariance, other.Covariance)
        && CaseIds.SequenceEqual(other.CaseIds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Cases, DataSha256);
}
