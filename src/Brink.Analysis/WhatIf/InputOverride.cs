namespace Brink.Analysis.WhatIf;

/// <summary>One input set to a new value: a path as <c>brink sweep --vary</c> takes it (e.g. <c>state.sanctions</c>).</summary>
/// <param name="Path">A situation input key or <c>pack.</c> parameter.</param>
/// <param name="From">The value in the situation (NaN for a pack parameter, whose value the pack holds).</param>
/// <param name="To">The value asked for.</param>
public sealed record InputOverride(string Path, double From, double To);
