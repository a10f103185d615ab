using Brink.Games.Solvers;
using Brink.Games.Solvers.CounterfactualRegret;

namespace Brink.Cli.Commands.Solve;

/// <summary>What <c>brink solve</c> was asked for.</summary>
/// <param name="Method">The Gambit tool name.</param>
/// <param name="SubgamePerfect">--spe.</param>
/// <param name="Start">--start: one probability per strategy of every player, or null for the method's default.</param>
internal sealed record SolveRequest(string Method, bool SubgamePerfect, IReadOnlyList<double>? Start)
{
    /// <summary>With cfr: --variant, --iterations and --exploitability; null for the other methods.</summary>
    public CfrOptions? Cfr { get; init; }

    /// <summary>With cfr: --trace, the CSV file to record exploitability against iterations and seconds in.</summary>
    public string? TracePath { get; init; }
}
