namespace Brink.Games.Profiles;

/// <summary>
/// The solver's method does not apply to this game (for example lcp on three players, lp on a game that is not
/// constant-sum, or a sequence-form method on a game without perfect recall). The CLI maps it to exit code 2.
/// </summary>
public sealed class SolverNotApplicableException : NotSupportedException
{
    /// <summary>Creates the exception with a one-sentence reason.</summary>
    public SolverNotApplicableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no reason.</summary>
    public SolverNotApplicableException()
    {
    }

    /// <summary>Creates the exception wrapping a cause.</summary>
    public SolverNotApplicableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
