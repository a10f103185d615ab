using System.Collections.Immutable;
using Brink.Games.Solvers.QuantalResponse;

namespace Brink.Model.Packs;

/// <summary>
/// Every mechanism parameter a model pack sets, in one fixed order. The mechanisms read values by these
/// definitions' indices, so a prediction does no name lookups. docs/model.md gives each one's equation.
/// </summary>
public static class ParameterCatalog
{
    /// <summary>Weight of regime survival in the leader's utility.</summary>
    public static readonly ParameterDefinition WeightSurvival = new(0, "weights.survival", 0, 10, "Weight of regime survival in the leader's utility.");

    /// <summary>Weight of regional influence.</summary>
    public static readonly ParameterDefinition WeightInfluence = new(1, "weights.influence", 0, 10, "Weight of regional influence.");

    /// <summary>Weight of domestic legitimacy.</summary>
    public static readonly ParameterDefinition WeightLegitimacy = new(2, "weights.legitimacy", 0, 10, "Weight of domestic legitimacy.");

    /// <summary>Weight of the economy.</summary>
    public static readonly ParameterDefinition WeightEconomy = new(3, "weights.economy", 0, 10, "Weight of the economy.");

    /// <summary>Weight of ideology and face.</summary>
    public static readonly ParameterDefinition WeightFace = new(4, "weights.face", 0, 10, "Weight of ideology and face.");

    /// <summary>How far hardliner_influence moves weight from economy to face and influence (0 = not at all).</summary>
    public static readonly ParameterDefinition HardlinerShift = new(5, "hardliners.shift", 0, 1, "How far hardliner_influence moves weight from economy to face and influence (0 = not at all).");

    /// <summary>kappa: survival losses below the current level weigh kappa times gains.</summary>
    public static readonly ParameterDefinition LossAversion = new(6, "survival.loss_aversion", 1, 10, "kappa: survival losses below the current level weigh kappa times gains.");

    /// <summary>Logit QRE precision: 0 = random, large = best reply.</summary>
    public static readonly ParameterDefinition Lambda = new(7, "qre.lambda", 0.01, 100, "Logit QRE precision: 0 = random, large = best reply.");

    /// <summary>tau: existential pressure (threat x pain) beyond which conceding protects the regime.</summary>
    public static readonly ParameterDefinition BreakingThreshold = new(8, "breaking_point.threshold", 0, 1, "tau: existential pressure (threat x pain) beyond which conceding protects the regime.");

    /// <summary>beta: how sharply the breaking point bites around tau.</summary>
    public static readonly ParameterDefinition BreakingSteepness = new(9, "breaking_point.steepness", 0.1, 100, "beta: how sharply the breaking point bites around tau.");

    /// <summary>Survival gain of conceding once past the breaking point.</summary>
    public static readonly ParameterDefinition BreakingRelief = new(10, "breaking_point.relief", 0, 5, "Survival gain of conceding once past the breaking point.");

    /// <summary>How much humiliating rhetoric raises the breaking threshold.</summary>
    public static readonly ParameterDefinition FaceSavingHostility = new(11, "face_saving.hostility", 0, 1, "How much humiliating rhetoric raises the breaking threshold.");

    /// <summary>How much a trusted mediator lowers the breaking threshold.</summary>
    public static readonly ParameterDefinition FaceSavingMediator = new(12, "face_saving.mediator", 0, 1, "How much a trusted mediator lowers the breaking threshold.");

    /// <summary>How much engagement on offer lowers the breaking threshold.</summary>
    public static readonly ParameterDefinition FaceSavingEngagement = new(13, "face_saving.engagement", 0, 1, "How much engagement on offer lowers the breaking threshold.");

    /// <summary>Face cost of conceding, scaled by the adversary's hostile rhetoric.</summary>
    public static readonly ParameterDefinition ConcessionFaceCost = new(14, "face.concession_cost", 0, 5, "Face cost of conceding, scaled by the adversary's hostile rhetoric.");

    /// <summary>Face cost of leaving a visible blow unanswered, per unit of severity.</summary>
    public static readonly ParameterDefinition UnansweredCost = new(15, "face.unanswered_cost", 0, 5, "Face cost of leaving a visible blow unanswered, per unit of severity.");

    /// <summary>Face gain of a reply matching the blow, larger when credibility is low.</summary>
    public static readonly ParameterDefinition RestoreGain = new(16, "deterrence.restore_gain", 0, 5, "Face gain of a reply matching the blow, larger when credibility is low.");

    /// <summary>Penalty for a reply far above the blow (disproportion).</summary>
    public static readonly ParameterDefinition Overreach = new(17, "deterrence.overreach", 0, 5, "Penalty for a reply far above the blow (disproportion).");

    /// <summary>a0: chance a deniable act is traced with no proxy cover.</summary>
    public static readonly ParameterDefinition AttributionBase = new(18, "proxies.attribution_base", 0, 1, "a0: chance a deniable act is traced with no proxy cover.");

    /// <summary>Influence cost of drawing on the network (per unit of strength used).</summary>
    public static readonly ParameterDefinition ProxySpend = new(19, "proxies.spend", 0, 5, "Influence cost of drawing on the network (per unit of strength used).");

    /// <summary>How much one partner's collapse weakens the others.</summary>
    public static readonly ParameterDefinition ProxyCascade = new(20, "proxies.cascade", 0, 1, "How much one partner's collapse weakens the others.");

    /// <summary>Cost of acting through many fronts when the economy is in pain.</summary>
    public static readonly ParameterDefinition Overextension = new(21, "proxies.overextension", 0, 5, "Cost of acting through many fronts when the economy is in pain.");

    /// <summary>Influence and face gain of answering through the network, per unit of strength.</summary>
    public static readonly ParameterDefinition DeniableReach = new(22, "proxies.reach", 0, 5, "Influence and face gain of answering through the network, per unit of strength.");

    /// <summary>Survival gain per unit of street pressure that a crackdown suppresses.</summary>
    public static readonly ParameterDefinition CalmGain = new(23, "domestic.calm_gain", 0, 5, "Survival gain per unit of street pressure that a crackdown suppresses.");

    /// <summary>Legitimacy cost of a crackdown.</summary>
    public static readonly ParameterDefinition CrackdownLegitimacyCost = new(24, "domestic.legitimacy_cost", 0, 5, "Legitimacy cost of a crackdown.");

    /// <summary>How much economic pain adds to street pressure.</summary>
    public static readonly ParameterDefinition PainUnrest = new(25, "domestic.pain_unrest", 0, 1, "How much economic pain adds to street pressure.");

    /// <summary>Economic gain of accepting relief or talks, per unit of engagement on offer.</summary>
    public static readonly ParameterDefinition ReliefValue = new(26, "relief.value", 0, 5, "Economic gain of accepting relief or talks, per unit of engagement on offer.");

    /// <summary>Gain of a calibrated nuclear step against economic or diplomatic pressure.</summary>
    public static readonly ParameterDefinition NuclearLeverage = new(27, "nuclear.leverage", 0, 5, "Gain of a calibrated nuclear step against economic or diplomatic pressure.");

    /// <summary>Extra damage of an escalating reply to a nuclear step, per unit of latency.</summary>
    public static readonly ParameterDefinition NuclearStrikeRisk = new(28, "nuclear.strike_risk", 0, 5, "Extra damage of an escalating reply to a nuclear step, per unit of latency.");

    /// <summary>Economic value of third parties' lifeline, lost in proportion to open military escalation.</summary>
    public static readonly ParameterDefinition LifelineValue = new(29, "europe.lifeline_value", 0, 5, "Economic value of third parties' lifeline, lost in proportion to open military escalation.");

    /// <summary>Value of waiting when an adversary's election is near.</summary>
    public static readonly ParameterDefinition ElectionWait = new(30, "timing.election_wait", 0, 5, "Value of waiting when an adversary's election is near.");

    /// <summary>Months within which an election counts as near.</summary>
    public static readonly ParameterDefinition ElectionHorizon = new(31, "timing.horizon_months", 1, 60, "Months within which an election counts as near.");

    /// <summary>Cost to a hard-type adversary of escalating.</summary>
    public static readonly ParameterDefinition HardEscalationCost = new(32, "adversary.hard_escalation_cost", 0, 5, "Cost to a hard-type adversary of escalating.");

    /// <summary>Cost to a soft-type adversary of escalating.</summary>
    public static readonly ParameterDefinition SoftEscalationCost = new(33, "adversary.soft_escalation_cost", 0, 5, "Cost to a soft-type adversary of escalating.");

    /// <summary>Adversary's gain from punishing a provocation, per unit of response intensity.</summary>
    public static readonly ParameterDefinition ProvocationGain = new(34, "adversary.provocation_gain", 0, 5, "Adversary's gain from punishing a provocation, per unit of response intensity.");

    /// <summary>Adversary's gain from escalating when its coercive demand is refused.</summary>
    public static readonly ParameterDefinition CoercionGain = new(35, "adversary.coercion_gain", 0, 5, "Adversary's gain from escalating when its coercive demand is refused.");

    /// <summary>Extra escalation cost to an adversary facing a near election.</summary>
    public static readonly ParameterDefinition ElectionRestraint = new(36, "adversary.election_restraint", 0, 5, "Extra escalation cost to an adversary facing a near election.");

    /// <summary>Survival damage of an adversary's escalation, times its threat credibility.</summary>
    public static readonly ParameterDefinition EscalationDamage = new(37, "reply.escalation_damage", 0, 5, "Survival damage of an adversary's escalation, times its threat credibility.");

    /// <summary>Survival damage of a proportional reply, times threat credibility.</summary>
    public static readonly ParameterDefinition ProportionalDamage = new(38, "reply.proportional_damage", 0, 5, "Survival damage of a proportional reply, times threat credibility.");

    /// <summary>Face gain when the adversary backs down after an active response.</summary>
    public static readonly ParameterDefinition BackDownGain = new(39, "reply.back_down_gain", 0, 5, "Face gain when the adversary backs down after an active response.");

    /// <summary>Share of major escalation's costs already sunk when a war is under way.</summary>
    public static readonly ParameterDefinition WarOngoingDiscount = new(40, "war.ongoing_discount", 0, 1, "Share of major escalation's costs already sunk when a war is under way.");

    /// <summary>Survival gain of resisting an overt attack on the focal state's soil.</summary>
    public static readonly ParameterDefinition SelfDefenseGain = new(41, "war.self_defense_gain", 0, 5, "Survival gain of resisting an overt attack on the focal state's soil.");

    /// <summary>delta: open war's survival cost grows with (1 - military_parity)^delta.</summary>
    public static readonly ParameterDefinition InferiorityExponent = new(42, "war.inferiority_exponent", 0, 5, "delta: open war's survival cost grows with (1 - military_parity)^delta.");

    /// <summary>gamma: a concession protects survival only as far as the adversary's aim is limited, (1 - aim)^gamma.</summary>
    public static readonly ParameterDefinition AimExponent = new(43, "survival.aim_exponent", 0, 5, "gamma: a concession protects survival only as far as the adversary's aim is limited, (1 - aim)^gamma.");

    /// <summary>Survival value of resisting when an adversary credibly aims at the regime itself.</summary>
    public static readonly ParameterDefinition CorneredGain = new(44, "survival.cornered_gain", 0, 5, "Survival value of resisting when an adversary credibly aims at the regime itself.");

    /// <summary>Survival cost of open escalation per unit of the other adversaries' readiness to join.</summary>
    public static readonly ParameterDefinition CoalitionJoinCost = new(45, "coalition.join_cost", 0, 5, "Survival cost of open escalation per unit of the other adversaries' readiness to join.");

    /// <summary>Share by which moves are read as graver than they are when no trusted channel exists.</summary>
    public static readonly ParameterDefinition ChannelMisread = new(46, "channels.misread", 0, 1, "Share by which moves are read as graver than they are when no trusted channel exists.");

    /// <summary>All definitions in index order.</summary>
    public static ImmutableArray<ParameterDefinition> All { get; } =
    [
        WeightSurvival,
        WeightInfluence,
        WeightLegitimacy,
        WeightEconomy,
        WeightFace,
        HardlinerShift,
        LossAversion,
        Lambda,
        BreakingThreshold,
        BreakingSteepness,
        BreakingRelief,
        FaceSavingHostility,
        FaceSavingMediator,
        FaceSavingEngagement,
        ConcessionFaceCost,
        UnansweredCost,
        RestoreGain,
        Overreach,
        AttributionBase,
        ProxySpend,
        ProxyCascade,
        Overextension,
        DeniableReach,
        CalmGain,
        CrackdownLegitimacyCost,
        PainUnrest,
        ReliefValue,
        NuclearLeverage,
        NuclearStrikeRisk,
        LifelineValue,
        ElectionWait,
        ElectionHorizon,
        HardEscalationCost,
        SoftEscalationCost,
        ProvocationGain,
        CoercionGain,
        ElectionRestraint,
        EscalationDamage,
        ProportionalDamage,
        BackDownGain,
        WarOngoingDiscount,
        SelfDefenseGain,
        InferiorityExponent,
        AimExponent,
        CorneredGain,
        CoalitionJoinCost,
        ChannelMisread,
    ];

    /// <summary>The definition named <paramref name="name"/>, or null.</summary>
    public static ParameterDefinition? Find(string name) => All.FirstOrDefault(p => p.Name == name);
}
