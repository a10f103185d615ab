namespace Brink.Model.Prediction;

/// <summary>An adversary's answer to the focal actor's response.</summary>
public enum AdversaryReply
{
    /// <summary>Backs down: no further action, or relief.</summary>
    BackDown,

    /// <summary>A proportional reply.</summary>
    Proportional,

    /// <summary>Escalation.</summary>
    Escalate,
}
