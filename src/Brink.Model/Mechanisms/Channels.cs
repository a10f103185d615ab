using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// Communication channels (seed 4: "Without reliable communication channels, the prospect of war grows nearer,
/// and the prospect of a deal moves further away"; seed 2: "Either side could easily misinterpret the other's
/// moves as preparation for an attack"). With no trusted mediator, moves are read as graver than they are by the
/// share m = channels.misread: the leader reads the blow as (1 + m) times its size (each domain capped at 1), and
/// the adversary reads a response of intensity i as min(1, (1 + m) · i) when judging how provocative it is
/// (<see cref="AdversaryPayoffs"/>). The deal half (a mediator lowers the breaking threshold and the face cost
/// of conceding) is in <see cref="BreakingPoint"/>.
/// </summary>
public static class Channels
{
    /// <summary>m: how much graver moves are read for want of a channel (0 with a mediator).</summary>
    public static double Misread(Situation situation, ModelPack pack)
    {
        ArgumentNullException.ThrowIfNull(situation);
        ArgumentNullException.ThrowIfNull(pack);
        return pack.IsOn(Mechanism.Channels) && !situation.State.MediatorAvailable ? pack[ParameterCatalog.ChannelMisread] : 0;
    }

    /// <summary>The blow as the leader reads it.</summary>
    public static BlowProfile Perceived(in BlowProfile blow, double misread)
    {
        double k = 1 + misread;
        return blow with
        {
            Military = Math.Min(1, blow.Military * k),
            Covert = Math.Min(1, blow.Covert * k),
            Economic = Math.Min(1, blow.Economic * k),
            Proxy = Math.Min(1, blow.Proxy * k),
            OnSoil = Math.Min(1, blow.OnSoil * k),
        };
    }

    /// <summary>A response's intensity as the adversary reads it.</summary>
    public static double PerceivedIntensity(double intensity, double misread) => Math.Min(1, intensity * (1 + misread));
}
