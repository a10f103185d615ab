using Brink.Games.Profiles;

namespace Brink.Games.Solvers.CounterfactualRegret;

/// <summary>What a <see cref="Cfr"/> run ends with.</summary>
/// <param name="Variant">The variant that ran.</param>
/// <param name="Profile">The average behaviour profile, one segment per information set in print order.</param>
/// <param name="Iterations">Iterations run.</param>
/// <param name="Exploitability">The profile's exploitability (NashConv/2) by best reply, in payoff units.</param>
/// <param name="ReachedTarget">Whether a run stopping by exploitability got to its target before the cap
/// (always true for a fixed number of iterations).</param>
public sealed record CfrRun(CfrVariant Variant, Profile Profile, int Iterations, double Exploitability, bool ReachedTarget);
