namespace Brink.Games.Profiles;

/// <summary>How a profile's probabilities are laid out.</summary>
public enum ProfileKind
{
    /// <summary>A mixed strategy per player over its (normal-form or reduced) strategies.</summary>
    Mixed,

    /// <summary>A distribution over actions per information set, players in order, sets in order of first appearance.</summary>
    Behaviour,
}
