namespace Brink.Model.Mechanisms;

/// <summary>
/// The named mechanisms of the decision model, each one switchable so that its contribution can be measured:
/// a mechanism's test must fail when it is switched off (the ablation harness), and the ablation table in
/// docs/mechanisms.md gives the change in leave-one-out skill when it is removed.
/// </summary>
[Flags]
public enum Mechanism
{
    /// <summary>No mechanism.</summary>
    None = 0,

    /// <summary>Face and influence of answering a blow, with diminishing returns (<see cref="DeterrenceCredibility"/>).</summary>
    DeterrenceCredibility = 1 << 0,

    /// <summary>Deniable action through partners (<see cref="ProxyNetwork"/>).</summary>
    ProxyNetwork = 1 << 1,

    /// <summary>Street pressure and crackdown (<see cref="DomesticPolitics"/>).</summary>
    DomesticPolitics = 1 << 2,

    /// <summary>Conceding past the breaking point (<see cref="BreakingPoint"/>).</summary>
    BreakingPoint = 1 << 3,

    /// <summary>Third parties' lifeline and election clocks (<see cref="ThirdPartiesAndTiming"/>).</summary>
    ThirdPartiesAndTiming = 1 << 4,

    /// <summary>Nuclear steps as leverage (<see cref="NuclearLeverage"/>).</summary>
    NuclearLeverage = 1 << 5,

    /// <summary>Answering an overt attack on the homeland (<see cref="SelfDefense"/>).</summary>
    SelfDefense = 1 << 6,

    /// <summary>An adversary's regime-change aim: concession buys less, resistance more (<see cref="SurvivalAtStake"/>).</summary>
    SurvivalAtStake = 1 << 7,

    /// <summary>Adversaries other than the one answered (<see cref="Bystanders"/>).</summary>
    Bystanders = 1 << 8,

    /// <summary>Moves misread when no trusted channel exists (<see cref="Channels"/>).</summary>
    Channels = 1 << 9,

    /// <summary>Open war's cost rising with the adversary's superiority (<see cref="ReplyConsequences"/>).</summary>
    Inferiority = 1 << 10,

    /// <summary>Survival losses weigh κ times gains (<see cref="LeaderUtility"/>).</summary>
    LossAversion = 1 << 11,

    /// <summary>Hard-liners shift weight from economy to face and influence (<see cref="LeaderUtility"/>).</summary>
    Hardliners = 1 << 12,
}
