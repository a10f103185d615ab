namespace Brink.Games.ExtensiveForm;

/// <content>Perfect-recall convenience.</content>
public sealed partial class ExtensiveFormGame
{
    /// <summary>Whether every player remembers their own earlier moves and information (see <see cref="PerfectRecall"/>).</summary>
    public bool HasPerfectRecall => PerfectRecall.Holds(this);
}
