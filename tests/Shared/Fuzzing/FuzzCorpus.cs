using System.Text;

namespace Brink.Fuzzing;

/// <summary>The bundled files and specs the fuzzer mutates: small ones, so a case costs milliseconds.</summary>
internal static class FuzzCorpus
{
    private static readonly string[] Games =
        ["2x2.nfg", "pd.nfg", "2x2x2.nfg", "mixdom.nfg", "e04.efg", "cent4.efg", "2smp.efg", "bayes1a.efg", "kuhn3.efg"];

    private static readonly string[] Cases =
        ["axis-of-evil-2002.yaml", "e3-offer-2005.yaml", "decertification-2017.yaml", "damascus-consulate-2024.yaml"];

    /// <summary>Specs as documented for <c>--vary</c> and <c>--control</c>.</summary>
    public static readonly string[] VarySpecs =
        ["state.sanctions=0:1:3", "state.adversaries.us.resolve=0.2:0.8:2", "trigger.severity=0.1:0.9:2", "pack.qre.lambda=0.5:2:2"];

    /// <summary>Specs for <c>brink optimize --control</c>.</summary>
    public static readonly string[] ControlSpecs =
        ["state.sanctions=0:1", "state.adversaries.us.threat_credibility=0.2:0.9"];

    /// <summary>The situation every command runs against when the mutated input is not itself a situation.</summary>
    public static string BaseSituation(string root) => Path.Combine(root, "data", "situations", "iran-2025-fordow.yaml");

    /// <summary>The pack directory copied beside a mutated pack.yaml or dynamics.yaml.</summary>
    public static string BasePack(string root) => Path.Combine(root, "packs", "iran");

    public static IReadOnlyList<FuzzSeed> Load(string root)
    {
        var seeds = new List<FuzzSeed>();
        seeds.AddRange(Games.Select(g => File(root, FuzzInputKind.Game, "data", "games", g)));
        seeds.AddRange(Cases.Select(c => File(root, FuzzInputKind.Situation, "data", "cases", "iran", c)));
        seeds.Add(File(root, FuzzInputKind.Situation, "data", "situations", "iran-2025-fordow.yaml"));
        seeds.Add(File(root, FuzzInputKind.Pack, "packs", "iran", "pack.yaml"));
        seeds.Add(File(root, FuzzInputKind.Dynamics, "packs", "iran", "dynamics.yaml"));
        seeds.AddRange(Directory.EnumerateFiles(Path.Combine(root, "data", "policies"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(p => File(root, FuzzInputKind.Policy, "data", "policies", Path.GetFileName(p))));
        seeds.AddRange(VarySpecs.Select(s => new FuzzSeed(FuzzInputKind.VarySpec, "vary", Encoding.UTF8.GetBytes(s))));
        seeds.AddRange(ControlSpecs.Select(s => new FuzzSeed(FuzzInputKind.ControlSpec, "control", Encoding.UTF8.GetBytes(s))));
        return seeds;
    }

    private static FuzzSeed File(string root, FuzzInputKind kind, params string[] parts) =>
        new(kind, parts[^1], System.IO.File.ReadAllBytes(Path.Combine([root, .. parts])));
}
