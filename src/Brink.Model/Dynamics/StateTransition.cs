using Brink.Model.Prediction;
using Brink.Model.Randomness;
using Brink.Model.Situations;

namespace Brink.Model.Dynamics;

/// <summary>
/// One step between decision points (model sketch, "Between decision points"): after the focal response r and
/// the adversary's reply q, (1) the response's own effects, (2) a month-by-month drift of economy, unrest, engagement,
/// legitimacy, partners and election clocks, (3) the next trigger drawn from the transition model and its
/// effect on the state. docs/simulation.md writes out every equation. Stateless apart from its parameters, so
/// one instance serves all threads. Partners and adversaries are handled by attribute and index, never by name.
/// </summary>
public sealed class StateTransition
{
    private readonly TriggerEffects triggerEffects;

    /// <summary>A transition with the given rates.</summary>
    public StateTransition(DynamicsParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
        triggerEffects = new TriggerEffects(parameters);
    }

    /// <summary>The rates.</summary>
    public DynamicsParameters Parameters { get; }

    /// <summary>
    /// The decision point after <paramref name="current"/> once the focal actor answered with
    /// <paramref name="response"/> and adversary <paramref name="adversaryId"/> replied <paramref name="reply"/>.
    /// </summary>
    public Situation Next(Situation current, ResponseCategory response, AdversaryReply reply, string adversaryId, ref Xoshiro256StarStar rng)
    {
        var state = new CrisisStateBuilder(current);
        Apply(state, response, reply, state.AdversaryIndex(adversaryId), ref rng);
        return state.ToSituation();
    }

    /// <summary>
    /// Moves <paramref name="state"/> one step in place. <paramref name="adversaryIndex"/> is the answering
    /// adversary's index, or −1 when it is not among the state's adversaries. Draws exactly four numbers from
    /// <paramref name="rng"/> (kind, severity, overt, on-soil) so streams stay aligned across branches.
    /// </summary>
    public void Apply(CrisisStateBuilder state, ResponseCategory response, AdversaryReply reply, int adversaryIndex, ref Xoshiro256StarStar rng) =>
        Apply(state, response, response, reply, adversaryIndex, ref rng);

    /// <summary>
    /// As <see cref="Apply(CrisisStateBuilder, ResponseCategory, AdversaryReply, int, ref Xoshiro256StarStar)"/>, when
    /// the adversary read <paramref name="response"/> as <paramref name="perceived"/> (<see cref="Perceive"/>): the
    /// response's own effects are those of what was done; the sanctions it draws, whether it opens a war and the
    /// next trigger follow what the adversary thinks was done.
    /// </summary>
    public void Apply(CrisisStateBuilder state, ResponseCategory response, ResponseCategory perceived, AdversaryReply reply, int adversaryIndex, ref Xoshiro256StarStar rng)
    {
        ArgumentNullException.ThrowIfNull(state);
        bool deniable = ApplyResponse(state, response, perceived, reply, adversaryIndex);
        ApplyDrift(state, rebuildProxies: !deniable);
        triggerEffects.DrawNext(state, perceived, reply, adversaryIndex, ref rng);
    }

    /// <summary>
    /// How the adversary reads <paramref name="response"/> given a uniform draw: a deniable or limited overt move is
    /// read as a major one with probability μ = <c>misperception.limited_as_major</c>, times (1 −
    /// <c>misperception.mediator_damping</c>) when a trusted mediator is available (seed 2: "either side could
    /// easily misinterpret the other's moves"; seed 4: "without reliable communication channels, the prospect of war
    /// grows nearer"; Jervis 1976). A misread move starts the escalation spiral; any other move is read as it is.
    /// </summary>
    public ResponseCategory Perceive(CrisisStateBuilder state, ResponseCategory response, double uniform)
    {
        ArgumentNullException.ThrowIfNull(state);
        double misread = Parameters.MisperceptionLimitedAsMajor
            * (state.Template.State.MediatorAvailable ? 1 - Parameters.MisperceptionMediatorDamping : 1);
        return response is ResponseCategory.Deniable or ResponseCategory.LimitedOvert && uniform < misread
            ? ResponseCategory.Major
            : response;
    }

    /// <summary>
    /// Sets the trigger now to be answered and applies its effect on the state (a sanctions trigger tightens
    /// sanctions, a collapse cascades through the partners, ...). <c>Apply</c> calls this for the drawn trigger.
    /// </summary>
    public void ApplyTrigger(CrisisStateBuilder state, TriggerKind kind, double severity, bool overt, bool onSoil, int initiatorIndex)
    {
        ArgumentNullException.ThrowIfNull(state);
        triggerEffects.Apply(state, kind, severity, overt, onSoil, initiatorIndex);
    }

    /// <summary>Whether the trigger is a blow or threat that an unanswered response lets stand.</summary>
    public static bool IsHostile(TriggerKind kind) =>
        kind is not (TriggerKind.DiplomaticOffer or TriggerKind.CeasefireOffer or TriggerKind.DomesticProtest or TriggerKind.None);

    /// <summary>Whether the response carries out a threat by force (deniable, limited overt or major).</summary>
    public static bool IsForceful(ResponseCategory response) =>
        response is ResponseCategory.Deniable or ResponseCategory.LimitedOvert or ResponseCategory.Major;

    private bool ApplyResponse(CrisisStateBuilder state, ResponseCategory response, ResponseCategory perceived, AdversaryReply reply, int adversaryIndex)
    {
        var p = Parameters;
        bool unanswered = response is ResponseCategory.Concede or ResponseCategory.Restrain or ResponseCategory.Crackdown;
        bool hostile = IsHostile(state.TriggerKind);
        bool credibleAnswer = IsForceful(response) && reply != AdversaryReply.Escalate;
        if (unanswered && hostile)
        {
            state.DeterrenceCredibility *= 1 - p.CredibilityDecayUnexecuted;
        }
        else if (credibleAnswer)
        {
            double share = response == ResponseCategory.Deniable ? p.CredibilityDeniableShare : 1;
            state.DeterrenceCredibility += p.CredibilityRestoreExecuted * share * (1 - state.DeterrenceCredibility);
        }

        // The world answers back (Schelling's interdependence of commitments): a blow left standing emboldens the
        // adversary who dealt it in proportion to how little the leader's threats are now believed; a credible
        // answer sobers it in proportion to how much they are.
        if (adversaryIndex >= 0 && adversaryIndex < state.AdversaryCount)
        {
            double resolve = state.Resolve(adversaryIndex);
            double credibility = Clamp(state.DeterrenceCredibility);
            if (unanswered && hostile)
            {
                state.SetResolve(adversaryIndex, Clamp(resolve + (p.AdversaryEmboldening * (1 - credibility) * (1 - resolve))));
            }
            else if (credibleAnswer)
            {
                state.SetResolve(adversaryIndex, Clamp(resolve - (p.AdversaryEmboldening * credibility * resolve)));
            }
        }

        // Failure abroad: a forceful move the adversary out-escalates is a lost exchange, and it costs standing at home.
        if (IsForceful(response) && reply == AdversaryReply.Escalate)
        {
            state.Legitimacy = Math.Max(0, state.Legitimacy - p.LegitimacyLostExchangeCost);
        }

        switch (response)
        {
            case ResponseCategory.Deniable:
                for (int i = 0; i < state.ProxyCount; i++)
                {
                    state.SetProxyStrength(i, state.ProxyStrength(i) * (1 - p.ProxySpendDeniable));
                }

                break;
            case ResponseCategory.Nuclear:
                state.NuclearLatency += p.NuclearStep * (1 - state.NuclearLatency);
                break;
            case ResponseCategory.Crackdown:
                state.Unrest *= 1 - p.CrackdownCalm;
                state.Legitimacy = Math.Max(0, state.Legitimacy - p.CrackdownLegitimacyCost);
                break;
            case ResponseCategory.Concede:
                if (reply == AdversaryReply.BackDown)
                {
                    state.Sanctions *= 1 - p.SanctionsDealRelief;
                }

                if (reply != AdversaryReply.Escalate)
                {
                    state.WarOngoing = false;
                }

                break;
        }

        if (perceived is ResponseCategory.Nuclear or ResponseCategory.Major || reply == AdversaryReply.Escalate)
        {
            state.Sanctions += p.SanctionsTightenOnEscalation * (1 - state.Sanctions);
        }

        if (perceived == ResponseCategory.Major
            || (reply == AdversaryReply.Escalate && perceived is ResponseCategory.LimitedOvert))
        {
            state.WarOngoing = true;
        }

        return response == ResponseCategory.Deniable;
    }

    private void ApplyDrift(CrisisStateBuilder state, bool rebuildProxies)
    {
        var p = Parameters;
        double economy = state.Economy, sanctions = state.Sanctions, unrest = state.Unrest, legitimacy = state.Legitimacy;
        // Sanctions hurt through the burden they have built up (a stock), not the rate in force: the burden erodes
        // the economy and is the pain felt. It starts at the starting sanctions, so one step from a fresh state is
        // what it was before the stock existed.
        double burden = state.Burden;
        double pain = burden * (1 - economy);
        double war = state.WarOngoing ? p.EconomyWarDamage * economy : 0;
        state.Economy = Clamp(economy - (p.EconomySanctionsErosion * burden * economy) + (p.EconomyRecovery * (1 - sanctions) * (1 - economy)) - war);
        state.Burden = Clamp(burden + (p.BurdenAccumulation * sanctions * (1 - burden)) - (p.BurdenRelief * (1 - sanctions) * burden));
        state.Unrest = Clamp(unrest + (p.UnrestFromPain * pain * (1 - unrest)) - (p.UnrestDecay * unrest));
        state.Legitimacy = Clamp(legitimacy - (p.LegitimacyFromUnrest * unrest * legitimacy) + (p.LegitimacyRecovery * (1 - unrest) * (1 - legitimacy)));
        state.Sanctions = Clamp(sanctions);

        // Sustained pressure hardens the regime: the hard-line camp gains with the burden of sanctions (or an open
        // war) and, once pressure eases, gives back only what it gained above where it started.
        double pressure = state.WarOngoing ? 1 : burden;
        double hardliners = state.HardlinerInfluence;
        double excess = Math.Max(0, hardliners - state.Template.State.HardlinerInfluence);
        state.HardlinerInfluence = Clamp(hardliners + (p.HardlinersFromPressure * pressure * (1 - hardliners)) - (p.HardlinersRelaxation * (1 - pressure) * excess));
        state.DeterrenceCredibility = Clamp(state.DeterrenceCredibility);
        state.NuclearLatency = Clamp(state.NuclearLatency);

        if (rebuildProxies)
        {
            for (int i = 0; i < state.ProxyCount; i++)
            {
                double s = state.ProxyStrength(i);
                if (s >= p.ProxyCollapsedBelow)
                {
                    state.SetProxyStrength(i, Clamp(s + (p.ProxyRebuild * (1 - s))));
                }
            }
        }

        state.MonthsElapsed += p.MonthsPerStep;
        state.OwnElectionMonths = CountDown(state.OwnElectionMonths, p);
        for (int i = 0; i < state.AdversaryCount; i++)
        {
            state.SetElectionMonths(i, CountDown(state.ElectionMonths(i), p));
            state.SetEngagement(i, state.Engagement(i) * (1 - p.EngagementDecay));
        }
    }

    // An election clock at m months reads m − step; once the election has passed it restarts a full cycle.
    private static int CountDown(int months, DynamicsParameters p)
    {
        if (months < 0)
        {
            return months;
        }

        int next = months - p.MonthsPerStep;
        while (next < 0)
        {
            next += p.ElectionCycleMonths;
        }

        return next;
    }

    internal static double Clamp(double value) => Math.Clamp(value, 0, 1);
}
