using System.Globalization;
using Brink.Games.Formats;
using Brink.Games.Solvers.Homotopy;
using Brink.Games.Tests.Formats;
using Brink.Games.Verification;

namespace Brink.Games.Tests.Solvers;

/// <summary>
/// Gnm against <c>gambit-gnm -q -s perturbations/GAME.txt GAME</c> (data/games/expected/*.gnm.txt, Gambit 17;
/// commands in data/games/EXPECTED-more.md). The path is fixed by the game and the perturbation, so Brink should
/// cross the same equilibria: every answer passes the independent verifier, and Brink's set of answers equals
/// Gambit's within 1e-4 (as sets; Gambit's six decimals) — except on the games listed below, with the reason.
/// </summary>
public class GnmConformanceTests
{
    /// <summary>Gambit prints six decimals; 1e-4 is the issue's tolerance.</summary>
    private const double Tolerance = 1e-4;

    /// <summary>Gambit printed nothing; Brink's path crosses λ = 0 and prints the (verified) equilibria it crosses.</summary>
    private static readonly HashSet<string> FoundWhereGambitDidNot = new(StringComparer.Ordinal)
    {
    };

    /// <summary>Both print verified equilibria, but not the same set (see each comment).</summary>
    private static readonly HashSet<string> OtherSet = new(StringComparer.Ordinal)
    {
    };

    public static TheoryData<string> Games() => ExpectedSolutions.Games("gnm", new HashSet<string>(), inSet: false);

    [Fact]
    public void Games_WithReference_AreAtLeastForty() => Assert.True(Games().Count >= 40);

    [Fact]
    public void Solve_MostBundledGames_AgreeWithGambit() =>
        Assert.True(Games().Count - OtherSet.Count - FoundWhereGambitDidNot.Count >= 35);

    [Theory]
    [MemberData(nameof(Games))]
    public void Solve_BundledGame_VerifiesAndMatchesGambitsSet(string name)
    {
        var loaded = GameFile.Load(GameFiles.PathOf(name));
        var perturbations = Perturbations(name);
        var result = loaded.NormalForm is { } normal ? Gnm.Solve(normal, perturbations) : Gnm.Solve(loaded.ExtensiveForm!, perturbations);
        foreach (var verdict in EquilibriumVerifier.VerifyAll(loaded, result))
        {
            Assert.True(verdict.IsEquilibrium, $"{name}: {verdict.Describe("gnm")} ({result.Diagnostics[0]})");
        }

        var gambit = ExpectedSolutions.Vectors(name, "gnm");
        var ours = result.Equilibria.Select(p => p.Flattened.ToArray()).ToList();
        string detail = $"{name}: Brink {ours.Count} [{string.Join(" | ", ours.Select(Format))}] vs Gambit {gambit.Count} ({result.Diagnostics[0]})";
        if (FoundWhereGambitDidNot.Contains(name))
        {
            Assert.Empty(gambit);
            Assert.NotEmpty(ours);
        }
        else if (OtherSet.Contains(name))
        {
            Assert.NotEmpty(ours);
            Assert.False(SameSet(gambit, ours), $"{name} now matches Gambit: take it off the list");
        }
        else
        {
            Assert.True(SameSet(gambit, ours), detail);
        }
    }

    /// <summary>The vectors of data/games/perturbations/GAME.txt, one per line.</summary>
    internal static List<IReadOnlyList<double>> Perturbations(string name) =>
        [.. File.ReadAllLines(Path.Combine(GameFiles.Directory, "perturbations", name + ".txt"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => (IReadOnlyList<double>)[.. line.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture))])];

    // Equal as sets within the tolerance: each of ours is near one of Gambit's and each of Gambit's near one of ours.
    private static bool SameSet(List<double[]> gambit, List<double[]> ours) =>
        ours.All(v => ExpectedSolutions.ContainsNear(gambit, v, Tolerance)) && gambit.All(v => ExpectedSolutions.ContainsNear(ours, v, Tolerance));

    private static string Format(double[] vector) => string.Join(",", vector.Select(v => v.ToString("F4", CultureInfo.InvariantCulture)));
}
