namespace Brink.Analysis.WhatIf;

/// <summary>One input whose value differs between two situations; NaN where one of them lacks the input.</summary>
/// <param name="Input">The input's key (e.g. <c>state.sanctions</c>).</param>
/// <param name="Label">Analyst's words.</param>
/// <param name="Left">Its value in the first situation.</param>
/// <param name="Right">Its value in the second.</param>
public sealed record InputDifference(string Input, string Label, double Left, double Right);
