using System.Collections.Immutable;

namespace Brink.Games.Profiles;

/// <summary>What a solver returns: its equilibria in the order found, whether they are exact, and notes.</summary>
/// <param name="Method">The Gambit tool name the solver reproduces (enumpure, enummixed, lcp, lp, logit).</param>
/// <param name="Equilibria">Profiles in the order Gambit prints them.</param>
/// <param name="IsExact">Whether the profiles are exact rationals.</param>
/// <param name="Diagnostics">Free-text notes (pivots, path steps, λ reached).</param>
public sealed record SolverResult(
    string Method,
    ImmutableArray<Profile> Equilibria,
    bool IsExact,
    ImmutableArray<string> Diagnostics)
{
    /// <summary>
    /// The regret the profiles claim, per unit of payoff scale (1 + largest absolute payoff), for methods whose
    /// answers are ε-equilibria by design (cfr states its ε); null means the verifier's default tolerance.
    /// </summary>
    public double? Tolerance { get; init; }
}
