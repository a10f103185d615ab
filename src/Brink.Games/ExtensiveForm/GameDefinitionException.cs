namespace Brink.Games.ExtensiveForm;

/// <summary>
/// A game that cannot exist: payoff vectors of the wrong length, chance probabilities not summing to 1,
/// members of one information set with different actions. File readers turn it into a located input error.
/// </summary>
public sealed class GameDefinitionException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public GameDefinitionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public GameDefinitionException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public GameDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
