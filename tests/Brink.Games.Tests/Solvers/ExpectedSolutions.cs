using Brink.Games.Formats;
using Brink.Games.Profiles;
using Brink.Games.Tests.Formats;

namespace Brink.Games.Tests.Solvers;

/// <summary>Gambit's reference outputs in data/games/expected (see data/games/EXPECTED.md).</summary>
internal static class ExpectedSolutions
{
    /// <summary>Games whose Gambit run takes seconds; solved in bench, and in tests only under the Slow trait.</summary>
    public static readonly IReadOnlySet<string> Large = new HashSet<string>(StringComparer.Ordinal)
    {
        "kuhn13.efg", "zerosum-40x40.nfg",
    };

    public static string ExpectedPath(string game, string method) =>
        Path.Combine(GameFiles.Directory, "expected", $"{game}.{method}.txt");

    /// <summary>The NE lines Gambit printed, as a set (exact rationals compare as text).</summary>
    public static HashSet<string> Lines(string game, string method) =>
        [.. File.ReadAllLines(ExpectedPath(game, method)).Where(l => l.StartsWith("NE,", StringComparison.Ordinal))];

    /// <summary>Gambit's decimal NE lines as probability vectors (liap, enumpoly, gnm, ipa print six decimals).</summary>
    public static List<double[]> Vectors(string game, string method) =>
        [.. Lines(game, method).Select(l => l.Split(',').Skip(1).Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray())];

    /// <summary>Whether some vector of <paramref name="set"/> is within <paramref name="tolerance"/> of <paramref name="vector"/> in every entry.</summary>
    public static bool ContainsNear(IEnumerable<double[]> set, double[] vector, double tolerance) =>
        set.Any(v => v.Length == vector.Length && v.Zip(vector).All(p => Math.Abs(p.First - p.Second) <= tolerance));

    public static HashSet<string> Lines(SolverResult result) =>
        [.. result.Equilibria.Select(p => GambitOutput.FormatLine(p))];

    public static TheoryData<string> Games(string method, bool large) => Games(method, Large, large);

    /// <summary>Bundled games with a reference for <paramref name="method"/>, inside or outside <paramref name="set"/>.</summary>
    public static TheoryData<string> Games(string method, IReadOnlySet<string> set, bool inSet)
    {
        var data = new TheoryData<string>();
        foreach (var name in GameFiles.Names)
        {
            if (File.Exists(ExpectedPath(name, method)) && set.Contains(name) == inSet)
            {
                data.Add(name);
            }
        }

        return data;
    }

    public static SolverResult Run(string name, Func<Brink.Games.NormalForm.NormalFormGame, SolverResult> normal,
        Func<Brink.Games.ExtensiveForm.ExtensiveFormGame, SolverResult> extensive)
    {
        var loaded = GameFile.Load(GameFiles.PathOf(name));
        return loaded.NormalForm is { } game ? normal(game) : extensive(loaded.ExtensiveForm!);
    }
}
