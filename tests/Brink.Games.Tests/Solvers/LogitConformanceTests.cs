using System.Globalization;
using Brink.Games.Formats;
using Brink.Games.Profiles;
using Brink.Games.Solvers.QuantalResponse;
using Brink.Games.Tests.Formats;

namespace Brink.Games.Tests.Solvers;

/// <summary>
/// Logit against <c>gambit-logit -q -e</c> for every bundled game with a reference (data/games/EXPECTED.md): the
/// end point of the principal branch, every probability within 1e-4 of Gambit's printed value.
/// </summary>
public class LogitConformanceTests
{
    /// <summary>Gambit's output has six significant digits and its end point sits where its own steps landed.</summary>
    private const double Tolerance = 1e-4;

    /// <summary>Games that take Brink more than about a second in a debug build.</summary>
    private static readonly HashSet<string> SlowGames = new(StringComparer.Ordinal) { "rand2p-60x60.nfg", "zerosum-40x40.nfg" };

    public static TheoryData<string> Fast() => Games(slow: false);

    public static TheoryData<string> Slow() => Games(slow: true);

    [Theory]
    [MemberData(nameof(Fast))]
    public void Solve_BundledGame_MatchesGambitsEndPoint(string name) => AssertMatches(name);

    [Theory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(Slow))]
    public void Solve_LargeBundledGame_MatchesGambitsEndPoint(string name) => AssertMatches(name);

    [Fact]
    public void Games_WithReference_AreAtLeastForty() => Assert.True(Fast().Count + Slow().Count >= 40);

    [Fact]
    public void Solve_TwoByTwo_PrintsAsGambitDoes()
    {
        var result = ExpectedSolutions.Run("pd.nfg", Logit.Solve, Logit.Solve);
        Assert.Equal("logit", result.Method);
        Assert.False(result.IsExact);
        Assert.Equal(ProfileKind.Mixed, Assert.Single(result.Equilibria).Kind);
        Assert.Matches(@"^NE,[0-9.e-]+,1,[0-9.e-]+,1$", GambitOutput.FormatLine(result.Equilibria[0]));
    }

    [Fact]
    public void Solve_Tree_GivesBehaviourSegmentsPerInformationSet()
    {
        var game = GameFile.Load(GameFiles.PathOf("kuhn3.efg")).ExtensiveForm!;
        var profile = Assert.Single(Logit.Solve(game).Equilibria);
        Assert.Equal(ProfileKind.Behaviour, profile.Kind);
        int playerSets = game.InformationSets.Count(s => !s.IsChance);
        Assert.Equal(playerSets, profile.Values.Length);
        Assert.All(profile.Values, segment => Assert.Equal(1, segment.Sum(), 1e-9));
    }

    [Fact]
    public void Solve_ImperfectRecall_IsNotApplicable()
    {
        // gambit-logit: "Computing equilibria of games with imperfect recall is not supported." (exit 1)
        var game = GameFile.Load(GameFiles.PathOf("myerson.efg")).ExtensiveForm!;
        Assert.Throws<SolverNotApplicableException>(() => Logit.Solve(game));
    }

    private static void AssertMatches(string name)
    {
        var expected = ExpectedSolutions.Lines(name, "logit").Single().Split(',').Skip(1)
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var result = ExpectedSolutions.Run(name, Logit.Solve, Logit.Solve);
        var actual = Assert.Single(result.Equilibria).Flattened.ToArray();
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(
                Math.Abs(expected[i] - actual[i]) <= Tolerance,
                $"{name}: probability {i} is {actual[i]}, Gambit printed {expected[i]} ({result.Diagnostics[0]})");
        }
    }

    private static TheoryData<string> Games(bool slow)
    {
        var data = new TheoryData<string>();
        foreach (var name in GameFiles.Names)
        {
            if (File.Exists(ExpectedSolutions.ExpectedPath(name, "logit")) && SlowGames.Contains(name) == slow)
            {
                data.Add(name);
            }
        }

        return data;
    }
}
