namespace Brink.Games.Solvers;

/// <summary>What a solve was asked for: the CLI's <c>brink solve</c> options and the workbench's query alike.</summary>
/// <param name="Method">The Gambit tool name (one of <see cref="SolverCatalog.Methods"/>).</param>
/// <param name="SubgamePerfect">Subgame-perfect equilibria by backward induction (<c>--spe</c>, enumpure only).</param>
/// <param name="Start">Simpdiv's start: one probability per strategy of every player, or null for the method's default.</param>
public sealed record SolveRequest(string Method, bool SubgamePerfect, IReadOnlyList<double>? Start)
{
    /// <summary>With cfr: the variant and the stopping rule (<c>--variant</c>, <c>--iterations</c>, <c>--exploitability</c>); null for the defaults.</summary>
    public CounterfactualRegret.CfrOptions? Cfr { get; init; }

    /// <summary>
    /// With gnm or ipa: the perturbation vectors (Gambit's <c>-s</c> file, one vector per line over every player's
    /// strategies in order), each run in turn; null for the method's fixed default.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<double>>? Perturbations { get; init; }
}
