namespace Brink.Model.Mechanisms;

/// <summary>
/// What the trigger asks of the leader, split by domain. Blow parts are severity-scaled (0..1); the others are
/// shares. A trigger can be several things at once (an overt strike on a partner is military and proxy).
/// </summary>
/// <param name="Military">Overt military blow to answer.</param>
/// <param name="Covert">Covert blow to answer (sabotage, unclaimed killing).</param>
/// <param name="Economic">Economic or diplomatic pressure to answer.</param>
/// <param name="Proxy">Blow to, or loss of, a partner.</param>
/// <param name="Domestic">Street pressure from a domestic trigger.</param>
/// <param name="Offer">An offer on the table (talks, relief, ceasefire).</param>
/// <param name="Coercion">The initiator demands something and can be expected to punish refusal.</param>
/// <param name="OnSoil">Severity of an overt military attack on the focal state's soil (self-defence).</param>
public readonly record struct BlowProfile(
    double Military,
    double Covert,
    double Economic,
    double Proxy,
    double Domestic,
    double Offer,
    double Coercion,
    double OnSoil)
{
    /// <summary>Total blow that calls for an answer.</summary>
    public double Total => Military + Covert + Economic + Proxy;
}
