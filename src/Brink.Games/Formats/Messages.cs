namespace Brink.Games.Formats;

/// <summary>Every text the Gambit readers put in an error message, so tests can name them.</summary>
internal static class Messages
{
    // Shapes of whole messages.
    public const string ExpectedFound = "expected {0}, found '{1}'";
    public const string FileNotFound = "{0}: file not found";
    public const string FileUnreadable = "{0}: cannot read the file ({1})";

    // What was expected.
    public const string Header = "'NFG' or 'EFG'";
    public const string NfgVersion = "version '1'";
    public const string EfgVersion = "version '2'";
    public const string Precision = "'R' or 'D'";
    public const string Label = "a quoted label";
    public const string OpenBrace = "'{'";
    public const string CloseBrace = "'}'";
    public const string Number = "a number";
    public const string Integer = "a non-negative integer";
    public const string Node = "a node ('p', 'c' or 't')";
    public const string EndOfInput = "end of file";
    public const string ClosingQuote = "a closing quote";

    // What was found at the end of the text.
    public const string EndOfFile = "end of file";

    // Games that parse but cannot exist.
    public const string NoPlayers = "the game has no players";
    public const string StrategyListCount = "{0} strategy lists for {1} players";
    public const string NoStrategies = "player {0} has no strategies";
    public const string TooManyProfiles = "the game has more than {0} payoff entries";
    public const string OutcomePayoffCount = "outcome {0} has {1} payoffs for {2} players";
    public const string OutcomeIndexOutOfRange = "outcome {0} does not exist; there are {1} outcomes";
    public const string UnknownPlayer = "player {0} does not exist; the game has {1} players";
    public const string NoActions = "the node has no actions";
    public const string SetUsedBeforeActions = "information set {0} of player {1} is used before its actions are given";
    public const string SetActionsDiffer = "information set {0} of player {1} was first given other actions";
    public const string ChanceProbabilitiesDiffer = "chance information set {0} was first given other probabilities";
    public const string ProbabilitiesDoNotSumToOne = "chance probabilities sum to {0}, not 1";
    public const string NegativeProbability = "chance probability {0} is negative";
    public const string OutcomeUsedBeforePayoffs = "outcome {0} is used before its payoffs are given";
    public const string OutcomePayoffsDiffer = "outcome {0} was first given other payoffs";
    public const string TooManyCharacters = "the file has more than {0} characters";
    public const string TooManyPlayers = "the game has more than {0} players";
    public const string TooManyNodes = "the tree has more than {0} nodes";
    public const string TreeTooDeep = "the tree is nested deeper than {0} levels";
    public const string NumberTooLarge = "{0} is too large";
}
