using Brink.Games.Profiles;
using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// The quantities every mechanism reads, derived once per decision point from the situation and the pack.
/// Nothing here is keyed on an actor name, a case id or a date.
/// </summary>
public sealed class DecisionContext
{
    private DecisionContext(Situation situation, ModelPack pack)
    {
        Situation = situation;
        Pack = pack;
        Misread = Channels.Misread(situation, pack);
        Blow = Channels.Perceived(TriggerDomains.Of(situation.Trigger), Misread);
        Adversary = AnsweringAdversary.Of(situation);
        var state = situation.State;
        Pain = DomesticPolitics.EconomicPain(state);
        Network = pack.IsOn(Mechanism.ProxyNetwork)
            ? ProxyNetwork.EffectiveStrength(state.Proxies, Blow.Proxy, pack[ParameterCatalog.ProxyCascade])
            : ProxyNetwork.Neutral;
        Lifeline = ThirdPartiesAndTiming.Lifeline(state);
        double horizon = pack[ParameterCatalog.ElectionHorizon];
        AdversaryElectionNearness = ThirdPartiesAndTiming.Nearness(Adversary.ElectionMonths, horizon);
        OwnElectionNearness = ThirdPartiesAndTiming.Nearness(state.OwnElectionMonths, horizon);
        Weights = LeaderUtility.Weights(pack, state.HardlinerInfluence);
    }

    /// <summary>The situation.</summary>
    public Situation Situation { get; }

    /// <summary>The pack.</summary>
    public ModelPack Pack { get; }

    /// <summary>How much graver moves are read for want of a channel (<see cref="Channels"/>).</summary>
    public double Misread { get; }

    /// <summary>The trigger read by domain, as the leader perceives it.</summary>
    public BlowProfile Blow { get; }

    /// <summary>The adversary that answers.</summary>
    public Adversary Adversary { get; }

    /// <summary>Economic pain, sanctions × (1 − economy).</summary>
    public double Pain { get; }

    /// <summary>Effective strength of the proxy network after any cascade.</summary>
    public double Network { get; }

    /// <summary>Largest economic lifeline third parties still offer.</summary>
    public double Lifeline { get; }

    /// <summary>0..1, how near the answering adversary's election is.</summary>
    public double AdversaryElectionNearness { get; }

    /// <summary>0..1, how near the focal state's own election is.</summary>
    public double OwnElectionNearness { get; }

    /// <summary>Objective weights after the hardliner shift, in <see cref="Objective"/> order.</summary>
    public double[] Weights { get; }

    /// <summary>The value of one pack parameter.</summary>
    public double this[ParameterDefinition parameter] => Pack[parameter];

    /// <summary>The pack's profile of a response.</summary>
    public ResponseProfile Profile(ResponseCategory response) => Pack.Profiles[(int)response];

    /// <summary>Derives the context.</summary>
    public static DecisionContext Create(Situation situation, ModelPack pack)
    {
        ArgumentNullException.ThrowIfNull(situation);
        ArgumentNullException.ThrowIfNull(pack);
        return new DecisionContext(situation, pack);
    }
}
