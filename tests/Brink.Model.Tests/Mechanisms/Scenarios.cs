using System.Collections.Immutable;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Model.Tests.Mechanisms;

/// <summary>
/// Hand-built situations for mechanism tests: a baseline of moderate pressure that each test varies in one
/// respect. Actor names are deliberately not the historical ones, so nothing can hinge on a name.
/// </summary>
internal static class Scenarios
{
    private static readonly Lazy<ModelPack> IranPack = new(() => PackLoader.Load(RepoPaths.IranPack));

    public static ModelPack Pack => IranPack.Value;

    public static Predictor Predictor(ModelPack? pack = null) => new(pack ?? Pack);

    public static Situation Baseline(TriggerKind kind = TriggerKind.MilitaryBuildup, double severity = 0.4, bool overt = true, bool onSoil = false) => new(
        "baseline",
        new DateOnly(2030, 1, 1),
        "Moderate pressure",
        "focalland",
        new Trigger("rival", kind, severity, overt, onSoil, null),
        new WorldState(
            Economy: 0.4,
            Sanctions: 0.6,
            Unrest: 0.4,
            Legitimacy: 0.5,
            DeterrenceCredibility: 0.5,
            NuclearLatency: 0.4,
            MilitaryParity: 0.2,
            Proxies: [new Proxy("partner_a", 0.7), new Proxy("partner_b", 0.6), new Proxy("partner_c", 0.5)],
            Adversaries: [new Adversary("rival", 0.6, 0.6, 0.2, 0.6, null)],
            ThirdParties: [new ThirdParty("traders", 0.3)],
            MediatorAvailable: false,
            HardlinerInfluence: 0.5,
            OwnElectionMonths: null,
            WarOngoing: false),
        null);

    public static Situation WithState(this Situation s, Func<WorldState, WorldState> change) => s with { State = change(s.State) };

    public static Situation WithRival(this Situation s, Func<Adversary, Adversary> change) =>
        s.WithState(w => w with { Adversaries = w.Adversaries.SetItem(0, change(w.Adversaries[0])) });

    public static Situation WithProxies(this Situation s, params double[] strengths) =>
        s.WithState(w => w with { Proxies = [.. strengths.Select((v, i) => new Proxy("partner_" + i, v))] });

    public static ResponseDistribution Predict(Situation s, ModelPack? pack = null) => Predictor(pack).Predict(s);

    public static double P(Situation s, params ResponseCategory[] categories) => P(s, null, categories);

    public static double P(Situation s, ModelPack? pack, params ResponseCategory[] categories)
    {
        var d = Predict(s, pack);
        return categories.Sum(c => d[c]);
    }

    public static ImmutableArray<ResponseCategory> Open => [ResponseCategory.LimitedOvert, ResponseCategory.Major];
}
