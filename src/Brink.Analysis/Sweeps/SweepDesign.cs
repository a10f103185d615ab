namespace Brink.Analysis.Sweeps;

/// <summary>How sweep points are laid out.</summary>
public enum SweepDesign
{
    /// <summary>Every combination of every axis's levels; main and total effects exactly from conditional means.</summary>
    Grid,

    /// <summary>Latin hypercube: each axis's range cut into as many strata as points, each used once.</summary>
    Lhs,

    /// <summary>Saltelli's scheme (matrices A, B and A with column i from B) for Sobol first-order and total indices.</summary>
    Sobol,
}
