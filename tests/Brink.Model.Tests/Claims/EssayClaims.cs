using System.Collections.Immutable;
using Brink.Model.Mechanisms;
using Brink.Model.Packs;
using Brink.Model.Situations;
using Brink.Model.Tests.Mechanisms;
using static Brink.Model.Situations.ResponseCategory;

namespace Brink.Model.Tests.Claims;

/// <summary>
/// The essays' claims as behaviour, each tied to the mechanism that carries it (docs/mechanisms.md lists them
/// with their equations). Probes start from <see cref="Scenarios.Baseline"/> (moderate pressure, a made-up
/// adversary "rival") and vary the inputs a claim speaks of. Thresholds are the smallest effect an analyst would
/// call material; they are set on these made-up probes, never on a historical case.
/// </summary>
internal static class EssayClaims
{
    private const string Seed0 = "000 (Leverage could backfire)";
    private const string Seed1 = "001 (Balancing act, 2019)";
    private const string Seed2 = "002 (Khamenei's Dilemma, 2025)";
    private const string Seed3 = "003 (Khalaji, Khamenei's calculations)";

    public static ImmutableArray<Claim> All { get; } =
    [
        new("no-war-no-negotiation", Mechanism.None,
            Seed3 + ": \"This 'no war, no negotiation' formula is part and parcel of Khamenei's 'prudent resistance' strategy\"",
            pack =>
            {
                var d = new Brink.Model.Prediction.Predictor(pack).Predict(Scenarios.Baseline(TriggerKind.Sanctions, 0.4));
                var ranked = ResponseCategories.All.OrderByDescending(c => d[c]).ToList();
                bool holds = !ranked.Take(2).Contains(Concede) && !ranked.Take(3).Contains(Major) && d[Concede] < 0.05 && d[Major] < 0.05;
                return Probe.Result(holds, "under moderate pressure concede {0:F3} (rank {1}), major {2:F3} (rank {3})",
                    d[Concede], ranked.IndexOf(Concede) + 1, d[Major], ranked.IndexOf(Major) + 1);
            })
        {
            // No one mechanism carries it (each ablation leaves it standing): it comes from the costs of conceding
            // (the intrinsic influence, face and legitimacy costs and the face cost of a climb-down in BreakingPoint)
            // and of open war (intrinsic costs and the inferiority-scaled reply).
            Carrier = ("the costs of conceding and of open war", pack => WithoutIntrinsicCosts(pack).Without(Mechanism.BreakingPoint | Mechanism.Inferiority)),
        },
        new("parity-raises-open-war", Mechanism.Inferiority,
            Seed3 + ": Iran \"cannot afford – militarily or politically – a direct, conventional armed confrontation with any state\"",
            pack =>
            {
                var s = StrongRival(Scenarios.Baseline(TriggerKind.Decapitation, 0.8));
                double weak = Probe.P(pack, Parity(s, 0.1), Major), par = Probe.P(pack, Parity(s, 0.8), Major);
                return Probe.Result(par >= 1.5 * weak && par - weak >= 0.03, "major at parity 0.1 {0:F3}, at 0.8 {1:F3}", weak, par);
            }),
        new("calibrated-answer-to-a-homeland-strike", Mechanism.DeterrenceCredibility | Mechanism.SelfDefense,
            Seed2 + ": Iran's \"military brass have admitted their inferiority in any direct confrontation. Yet inaction could be equally dangerous\"",
            pack =>
            {
                var s = Parity(StrongRival(Scenarios.Baseline(TriggerKind.StrikeOnTerritory, 0.8, onSoil: true)), 0.1);
                double calibrated = Probe.P(pack, s, LimitedOvert, Deniable), war = Probe.P(pack, s, Major), absent = Probe.P(pack, s, Concede, Restrain);
                return Probe.Result(calibrated >= 2 * war && absent <= 0.1, "limited+deniable {0:F3}, major {1:F3}, concede+restrain {2:F3}", calibrated, war, absent);
            }),
        new("homeland-invasion-resisted-near-parity", Mechanism.SelfDefense,
            Seed3 + ": Khomeini \"welcomed the Iran-Iraq War at first ... we will stand until the end\"",
            pack =>
            {
                var s = Parity(Scenarios.Baseline(TriggerKind.StrikeOnTerritory, 0.95, onSoil: true), 0.5);
                double home = Probe.P(pack, s, LimitedOvert, Major);
                double abroad = Probe.P(pack, s with { Trigger = s.Trigger with { OnSoil = false } }, LimitedOvert, Major);
                return Probe.Result(home >= 0.5 && home - abroad >= 0.05, "open answer on home soil {0:F3}, abroad {1:F3}", home, abroad);
            }),
        new("calibrated-strength", Mechanism.SurvivalAtStake,
            Seed1 + ": \"Calibrating just how much strength will cause Tehran to stand down, without giving the regime reason to believe its survival is at stake\"",
            CalibratedStrength),
        new("bystander-adversary-deters-open-war", Mechanism.Bystanders,
            Seed2 + ": Israel struck first and the United States joined; open war with one brings the other",
            pack =>
            {
                var s = StrongRival(Scenarios.Baseline(TriggerKind.StrikeOnTerritory, 0.6, onSoil: true));
                var poised = s.WithState(w => w with { Adversaries = w.Adversaries.Add(new Adversary("other", 0.9, 0.9, 0, 0.9, null)) });
                double alone = Probe.P(pack, s, Major), joined = Probe.P(pack, poised, Major);
                return Probe.Result(joined <= 0.75 * alone, "major with one adversary {0:F3}, with a second poised {1:F3}", alone, joined);
            }),
        new("no-channel-war-nearer-deal-further", Mechanism.Channels,
            Seed3 + ": \"Without reliable communication channels, the prospect of war grows nearer, and the prospect of a deal moves further away\"",
            pack =>
            {
                var s = Pained(Scenarios.Baseline(TriggerKind.MilitaryBuildup, 0.6)).WithRival(a => a with { Engagement = 0.4 });
                var mediated = s.WithState(w => w with { MediatorAvailable = true });
                double warOff = Probe.WarRisk(pack, s), warOn = Probe.WarRisk(pack, mediated);
                double dealOff = Probe.P(pack, s, Concede), dealOn = Probe.P(pack, mediated, Concede);
                return Probe.Result(warOff - warOn >= 0.02 && dealOff < dealOn, "war risk without/with a channel {0:F3}/{1:F3}, deal {2:F3}/{3:F3}", warOff, warOn, dealOff, dealOn);
            }),
        new("breaking-point", Mechanism.BreakingPoint,
            Seed3 + ": \"if Khamenei deems the US military threat to be credible and unaffordably costly ... at a time when the economic hardship ... is no longer bearable\"",
            pack =>
            {
                double broken = Probe.P(pack, Breaking(), Concede);
                double bearable = Probe.P(pack, Breaking().WithState(w => w with { Sanctions = 0.3, Economy = 0.7, Unrest = 0.3, Legitimacy = 0.6 }), Concede);
                return Probe.Result(broken >= 0.3 && broken - bearable >= 0.15, "concede past the breaking point {0:F3}, with bearable pain {1:F3}", broken, bearable);
            }),
        new("humiliating-rhetoric-blocks-a-deal", Mechanism.BreakingPoint,
            Seed3 + ": \"adjust its rhetoric from hostility and belittlement to a more respectable and diplomatic tone\"",
            pack =>
            {
                return Probe.Rise(pack, Breaking().WithRival(a => a with { HostilityRhetoric = 0.1 }), Breaking().WithRival(a => a with { HostilityRhetoric = 0.9 }), 0.1, "concede with respectful tone {0:F3}, humiliating {1:F3}", Concede);
            }),
        new("mediator-helps-a-deal", Mechanism.BreakingPoint,
            Seed3 + ": \"urgently seek international mediators who can help it communicate with Iranian officials\"",
            pack =>
            {
                var s = Breaking();
                return Probe.Rise(pack, s, s.WithState(w => w with { MediatorAvailable = false }), 0.05, "concede with a mediator {0:F3}, without {1:F3}", Concede);
            }),
        new("engagement-heroic-flexibility", Mechanism.BreakingPoint,
            Seed3 + ": \"heroic flexibility\" once US-led pressure met an offer of talks",
            pack =>
            {
                return Probe.Rise(pack, Breaking().WithRival(a => a with { Engagement = 0.8 }), Breaking().WithRival(a => a with { Engagement = 0 }), 0.1, "concede with engagement 0.8 {0:F3}, none {1:F3}", Concede);
            }),
        new("graver-blow-less-restraint", Mechanism.DeterrenceCredibility,
            Seed2 + ": \"inaction could be equally dangerous, signaling weakness and inviting further escalation\"",
            pack =>
            {
                return Probe.Rise(pack, Scenarios.Baseline(TriggerKind.Decapitation, 0.3), Scenarios.Baseline(TriggerKind.Decapitation, 0.9), 0.1, "stand down after a light blow {0:F3}, a grave one {1:F3}", Concede, Restrain);
            }),
        new("low-credibility-visible-reply", Mechanism.DeterrenceCredibility,
            Seed2 + ": \"Khamenei's threats are losing their potency\"",
            pack =>
            {
                var s = Scenarios.Baseline(TriggerKind.Decapitation, 0.8);
                return Probe.Rise(pack, s.WithState(w => w with { DeterrenceCredibility = 0.1 }), s.WithState(w => w with { DeterrenceCredibility = 0.9 }), 0.05, "open reply at credibility 0.1 {0:F3}, at 0.9 {1:F3}", LimitedOvert, Major);
            }),
        new("nuclear-steps-press-europe", Mechanism.NuclearLeverage,
            Seed1 + ": \"Tehran reneged on some of its nuclear commitments on May 8 to pressure Europe\"",
            pack =>
            {
                var s = Scenarios.Baseline(TriggerKind.Sanctions, 0.7);
                return Probe.Rise(pack, Lifeline(s, 0.8), Lifeline(s, 0), 0.03, "nuclear with a lifeline to press {0:F3}, none {1:F3}", Nuclear);
            }),
        new("europe-lifeline-restrains-open-war", Mechanism.ThirdPartiesAndTiming,
            Seed1 + ": \"a military escalation could pull Europe away at a critical moment for the Iranian economy\"",
            pack =>
            {
                var s = Scenarios.Baseline(TriggerKind.Decapitation, 0.7);
                double rich = Probe.P(pack, Lifeline(s, 0.9), LimitedOvert, Major), none = Probe.P(pack, Lifeline(s, 0), LimitedOvert, Major);
                return Probe.Result(none - rich >= 0.05, "open answer with lifeline 0.9 {0:F3}, none {1:F3}", rich, none);
            }),
        new("adversary-election-wait", Mechanism.ThirdPartiesAndTiming,
            Seed3 + ": \"his ideal scenario is for both countries to have different presidents in place by 2021\"",
            pack =>
            {
                var s = Scenarios.Baseline(TriggerKind.Sanctions, 0.5);
                return Probe.Rise(pack, s.WithRival(a => a with { ElectionMonths = 2 }), s, 0.03, "restrain with the adversary's election in 2 months {0:F3}, none {1:F3}", Restrain);
            }),
        new("own-election-wait", Mechanism.ThirdPartiesAndTiming,
            Seed3 + ": \"he would probably need to change the fabric of the negotiating team\" after Rouhani's term",
            pack =>
            {
                var s = Scenarios.Baseline(TriggerKind.Sanctions, 0.5);
                return Probe.Rise(pack, s.WithState(w => w with { OwnElectionMonths = 2 }), s, 0.015, "restrain with an own election in 2 months {0:F3}, none {1:F3}", Restrain);
            }),
        new("proxy-leverage", Mechanism.ProxyNetwork,
            Seed0 + ": \"leverage local actors to project power without facing direct military confrontation\"",
            pack =>
            {
                var s = Scenarios.Baseline(TriggerKind.Sabotage, 0.6, overt: false, onSoil: true);
                return Probe.Rise(pack, s.WithProxies(0.9, 0.8, 0.8), s.WithProxies(0.1, 0.1, 0.0), 0.1, "deniable with a strong network {0:F3}, a weak one {1:F3}", Deniable);
            }),
        new("overextension", Mechanism.ProxyNetwork,
            Seed0 + ": \"Prolonged involvement in multiple theaters ... requires resources and political capital that are increasingly finite\"",
            pack =>
            {
                var s = Scenarios.Baseline(TriggerKind.Sabotage, 0.6, overt: false, onSoil: true).WithProxies(0.7, 0.7, 0.7, 0.7);
                return Probe.Rise(pack, s.WithState(w => w with { Sanctions = 0.1, Economy = 0.8 }), s.WithState(w => w with { Sanctions = 0.95, Economy = 0.1 }), 0.03, "deniable with a sound economy {0:F3}, in pain {1:F3}", Deniable);
            }),
        new("sanctions-feed-the-street", Mechanism.DomesticPolitics,
            Seed0 + ": \"Domestic discontent can intensify if regional adventures fail to yield tangible benefits\"",
            pack =>
            {
                var s = Scenarios.Baseline(TriggerKind.None, 0).WithState(w => w with { Unrest = 0.8 });
                return Probe.Rise(pack, s.WithState(w => w with { Sanctions = 0.95, Economy = 0.1 }), s.WithState(w => w with { Sanctions = 0.1, Economy = 0.8 }), 0.03, "crackdown with painful sanctions {0:F3}, without {1:F3}", Crackdown);
            }),
        new("protest-met-by-crackdown", Mechanism.DomesticPolitics,
            Seed2 + ": \"With national internet access cut off to suppress unrest\"",
            pack =>
            {
                var s = Scenarios.Baseline(TriggerKind.DomesticProtest, 0.8).WithState(w => w with { Unrest = 0.7 });
                s = s with { Trigger = s.Trigger with { By = "domestic" } };
                double crackdown = Probe.P(pack, s, Crackdown);
                return Probe.Result(crackdown >= 0.4, "crackdown after a mass protest {0:F3}", crackdown);
            }),
        new("illegitimate-regime-cracks-down", Mechanism.DomesticPolitics,
            Seed2 + ": \"A misstep could deepen domestic unrest and expose the regime's vulnerability more than any external threat\"",
            pack =>
            {
                var s = Scenarios.Baseline(TriggerKind.DomesticProtest, 0.5);
                s = s with { Trigger = s.Trigger with { By = "domestic" } };
                return Probe.Rise(pack, s.WithState(w => w with { Legitimacy = 0.2 }), s.WithState(w => w with { Legitimacy = 0.8 }), 0.05, "crackdown at legitimacy 0.2 {0:F3}, at 0.8 {1:F3}", Crackdown);
            }),
        new("hardliners-block-a-deal", Mechanism.Hardliners,
            Seed0 + ": \"pressing Tehran's networks could push more actors toward hardline stances\"",
            pack =>
            {
                double hard = Probe.P(pack, Breaking().WithState(w => w with { HardlinerInfluence = 0.9 }), Concede);
                double soft = Probe.P(pack, Breaking().WithState(w => w with { HardlinerInfluence = 0.1 }), Concede);
                return Probe.Result(soft - hard >= 0.03, "concede with hard-liners at 0.1 {0:F3}, at 0.9 {1:F3}", soft, hard);
            }),
    ];

    /// <summary>
    /// Strength s rises together with an aim that names the regime: resolve = threat credibility = hostile
    /// rhetoric = s. Standing down must peak inside (0, 1) and open escalation must rise again at the top.
    /// </summary>
    private static ClaimResult CalibratedStrength(ModelPack pack)
    {
        var levels = Enumerable.Range(1, 10).Select(i => i / 10.0).ToArray();
        var s = Pained(Scenarios.Baseline(TriggerKind.MilitaryBuildup, 0.5)).WithState(w => w with { MediatorAvailable = true });
        var down = new double[levels.Length];
        var open = new double[levels.Length];
        for (int i = 0; i < levels.Length; i++)
        {
            double x = levels[i];
            var probe = s.WithRival(a => a with { Resolve = x, ThreatCredibility = x, HostilityRhetoric = x, Engagement = 0.3 });
            down[i] = Probe.P(pack, probe, Concede, Restrain);
            open[i] = Probe.P(pack, probe, LimitedOvert, Major);
        }

        int peak = Array.IndexOf(down, down.Max());
        double ends = Math.Max(down[0], down[^1]);
        double lowestOpen = open.Min();
        bool holds = peak > 0 && peak < levels.Length - 1 && down[peak] - down[^1] >= 0.05 && open[^1] - lowestOpen >= 0.05;
        return Probe.Result(holds, "stand down peaks at s = {0:F1} ({1:F3}; ends {2:F3}, {3:F3}); open war lowest {4:F3}, at s = 1 {5:F3}",
            levels[peak], down[peak], down[0], down[^1], lowestOpen, open[^1]);
    }

    private static ModelPack WithoutIntrinsicCosts(ModelPack pack)
    {
        var zero = ImmutableArray.Create(0.0, 0, 0, 0, 0);
        return pack with
        {
            ResponseEffects = pack.ResponseEffects.SetItem((int)Concede, zero).SetItem((int)Major, zero),
        };
    }

    /// <summary>A credible, resolved adversary (resolve 0.7, threat credibility 0.9).</summary>
    private static Situation StrongRival(Situation s) => s.WithRival(a => a with { Resolve = 0.7, ThreatCredibility = 0.9 });

    private static Situation Parity(Situation s, double parity) => s.WithState(w => w with { MilitaryParity = parity });

    private static Situation Lifeline(Situation s, double value) => s.WithState(w => w with { ThirdParties = [new ThirdParty("traders", value)] });

    private static Situation Pained(Situation s) => s.WithState(w => w with { Sanctions = 0.8, Economy = 0.3 });

    /// <summary>
    /// Past the breaking point: a credible ultimatum meets unbearable pain, with engagement and a mediator to
    /// frame a climb-down, and rhetoric that does not name the regime.
    /// </summary>
    private static Situation Breaking() => Scenarios.Baseline(TriggerKind.Ultimatum, 0.6)
        .WithState(w => w with { Sanctions = 0.95, Economy = 0.1, Unrest = 0.7, Legitimacy = 0.3, MediatorAvailable = true })
        .WithRival(a => a with { Resolve = 0.9, ThreatCredibility = 0.9, Engagement = 0.5, HostilityRhetoric = 0.3 });
}
