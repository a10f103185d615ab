namespace Brink.Web.Api;

/// <summary>The body of <c>POST /api/whatif</c>.</summary>
/// <param name="Situation">The situation's YAML text.</param>
/// <param name="Overrides">Path to new value, e.g. <c>{"state.sanctions": 0.7}</c>; applied in order.</param>
/// <param name="Draws">Parameter draws for intervals; default 0 so a slider's round trip stays fast.</param>
/// <param name="Seed">Seed of the draws.</param>
internal sealed record WhatIfRequest(string? Situation, Dictionary<string, double>? Overrides, int? Draws, ulong? Seed);
