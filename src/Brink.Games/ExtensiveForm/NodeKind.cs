namespace Brink.Games.ExtensiveForm;

/// <summary>What happens at a node of a game tree.</summary>
public enum NodeKind
{
    /// <summary>A player moves.</summary>
    Decision,

    /// <summary>Nature moves with fixed probabilities.</summary>
    Chance,

    /// <summary>The game ends.</summary>
    Terminal,
}
