using System.Globalization;
using Brink.Cli.Tests.Infrastructure;
using Brink.Games.Formats;
using Brink.Games.Profiles;
using Brink.Games.Verification;

namespace Brink.Cli.Tests.Commands.Solve;

public class SolveCfrCommandTests
{
    private static string Game(string name) => RepositoryPaths.Combine("data", "games", name);

    [Theory]
    [InlineData("cfr")]
    [InlineData("cfr+")]
    [InlineData("linear")]
    [InlineData("dcfr")]
    public void Solve_CfrOnKuhn3_PrintsOneNeLineTheVerifierAcceptsAtTheTarget(string variant)
    {
        var (exit, output, error) = CliRun.Run("solve", Game("kuhn3.efg"), "--method", "cfr", "--variant", variant);

        Assert.Equal(0, exit);
        var game = GameFile.Load(Game("kuhn3.efg")).ExtensiveForm!;
        var profile = Printed(game, Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        // The line prints six significant digits, so the re-read profile may sit a few 1e-6 above the target.
        Assert.True(Exploitability.Measure(game, profile).Exploitability <= 1e-3 + 1e-5);
        // Each regret is at most NashConv = 2ε; the verifier's tolerance is per unit of (1 + largest payoff) = 3.
        Assert.True(EquilibriumVerifier.Verify(game, profile, 2 * (1e-3 + 1e-5) / 3).IsEquilibrium);
        Assert.Contains($"variant={variant} ", error);
        Assert.Contains("verified exploitability", error);
    }

    [Fact]
    public void Solve_CfrWithIterations_RunsExactlyThatMany()
    {
        var (exit, output, error) = CliRun.Run("solve", Game("kuhn3.efg"), "--method", "cfr", "--iterations", "7");

        Assert.Equal(0, exit);
        Assert.StartsWith("NE,", output);
        Assert.Contains("iterations=7 ", error);
    }

    [Fact]
    public void Solve_CfrWithTrace_WritesOneRowPerCheck()
    {
        string path = Path.Combine(Path.GetTempPath(), $"brink-cfr-{Guid.NewGuid():N}.csv");
        try
        {
            var (exit, _, _) = CliRun.Run("solve", Game("kuhn3.efg"), "--method", "cfr", "--iterations", "50", "--trace", path);

            Assert.Equal(0, exit);
            var lines = File.ReadAllLines(path);
            Assert.Equal("iteration,seconds,exploitability", lines[0]);
            Assert.Equal("1", lines[1].Split(',')[0]);
            Assert.Equal("50", lines[^1].Split(',')[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--iterations", "5", "--exploitability", "0.01")]
    [InlineData("--method", "lp", "--variant", "dcfr")]
    [InlineData("--method", "lcp", "--iterations", "5")]
    [InlineData("--iterations", "0")]
    [InlineData("--exploitability", "-1")]
    [InlineData("--variant", "cfr++")]
    public void Solve_CfrOptionsThatDoNotGoTogether_ExitTwo(params string[] options)
    {
        string[] method = options.Contains("--method") ? [] : ["--method", "cfr"];
        var (exit, output, error) = CliRun.Run(["solve", Game("kuhn3.efg"), .. method, .. options]);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Theory]
    [InlineData("3_player.efg", "two-player")]
    [InlineData("entry_accommodation.efg", "constant-sum")]
    [InlineData("2x2const.nfg", "extensive-form")]
    public void Solve_CfrWhereItDoesNotApply_ExitsTwo(string name, string reason)
    {
        var (exit, output, error) = CliRun.Run("solve", Game(name), "--method", "cfr");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(reason, error);
    }

    private static Profile Printed(Brink.Games.ExtensiveForm.ExtensiveFormGame game, string line)
    {
        var values = line.Split(',').Skip(1).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var segments = new List<double[]>();
        int next = 0;
        foreach (int set in game.PlayerInformationSets[1].Concat(game.PlayerInformationSets[2]))
        {
            var segment = values.AsSpan(next, game.InformationSets[set].ActionCount).ToArray();
            next += segment.Length;
            // Six significant digits: each segment sums to 1 only within rounding, so it is renormalised.
            AssertNear.Equal(1, segment.Sum(), 1e-5);
            segments.Add([.. segment.Select(p => p / segment.Sum())]);
        }

        Assert.Equal(values.Length, next);
        return Profile.FromDoubles(ProfileKind.Behaviour, segments);
    }
}
