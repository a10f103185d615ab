namespace Brink.Analysis.Sweeps;

/// <summary>Sobol indices of one input for one output: the share of the output's variance it explains.</summary>
/// <param name="Input">The varied input's path.</param>
/// <param name="Output">The output (e.g. <c>p_major</c>, <c>war</c>).</param>
/// <param name="First">First-order (main-effect) index S_i.</param>
/// <param name="Total">Total-effect index S_Ti (interactions included); NaN where the design cannot estimate it.</param>
public sealed record SensitivityIndex(string Input, string Output, double First, double Total);
