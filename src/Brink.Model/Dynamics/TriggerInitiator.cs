namespace Brink.Model.Dynamics;

/// <summary>Who launched the current trigger when it is not one of the adversaries (whose index is ≥ 0).</summary>
public static class TriggerInitiator
{
    /// <summary>An internal trigger (<c>domestic</c>).</summary>
    public const int Domestic = -1;

    /// <summary>The starting situation's initiator, an actor that is not among the adversaries.</summary>
    public const int Original = -2;

    /// <summary>The contract's actor id for internal triggers.</summary>
    public const string DomesticId = "domestic";
}
