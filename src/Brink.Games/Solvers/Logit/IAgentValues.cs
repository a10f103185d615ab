namespace Brink.Games.Solvers.Logit;

/// <summary>
/// A game seen as agents (players of a normal form, or information sets of a tree), each with actions: given a
/// completely mixed profile (flat, agent by agent), the expected payoff of each action to its agent's player.
/// </summary>
internal interface IAgentValues
{
    /// <summary>Actions per agent, in print order.</summary>
    int[] ActionCounts { get; }

    /// <summary>Largest minus smallest payoff in the game (regret is measured against it).</summary>
    double PayoffRange { get; }

    /// <summary>Fills <paramref name="values"/> with each action's expected payoff under <paramref name="sigma"/>.</summary>
    void Values(ReadOnlySpan<double> sigma, Span<double> values);

    /// <summary>
    /// Fills <paramref name="jacobian"/> (actions × actions) with ∂value_a/∂σ_b, or returns false when the game
    /// has no closed form for it (callers then difference numerically).
    /// </summary>
    bool ValueJacobian(ReadOnlySpan<double> sigma, double[,] jacobian);

    /// <summary>The largest gain any player could make by deviating from <paramref name="sigma"/>.</summary>
    double MaxRegret(ReadOnlySpan<double> sigma);
}
