namespace Brink.Games.Solvers.CounterfactualRegret;

/// <summary>
/// How long <see cref="Cfr"/> runs and which variant. With <see cref="Iterations"/> it runs exactly that many
/// iterations; otherwise it stops at the first check where the average profile's exploitability is at most
/// <see cref="TargetExploitability"/>, or after <see cref="MaxIterations"/>.
/// </summary>
public sealed record CfrOptions
{
    /// <summary>The default stopping exploitability, in the game's payoff units (as OpenSpiel reports it).</summary>
    public const double DefaultTargetExploitability = 1e-3;

    /// <summary>
    /// The default cap on iterations when stopping by exploitability. CFR+ reaches 1e-3 on kuhn40 and Leduc in a
    /// few thousand iterations; vanilla CFR's O(1/√T) rate can need far more, so the cap bounds the wait.
    /// </summary>
    public const int DefaultMaxIterations = 1_000_000;

    /// <summary>The variant; CFR+ by default.</summary>
    public CfrVariant Variant { get; init; } = CfrVariant.Plus;

    /// <summary>A fixed number of iterations (at least 1), or null to stop by exploitability.</summary>
    public int? Iterations { get; init; }

    /// <summary>Stop once the average profile's exploitability (NashConv/2) is at most this (positive).</summary>
    public double TargetExploitability { get; init; } = DefaultTargetExploitability;

    /// <summary>The iteration cap when stopping by exploitability.</summary>
    public int MaxIterations { get; init; } = DefaultMaxIterations;
}
