using System.CommandLine;
using Brink.Cli.Commands.Solve;
using Brink.Cli.Infrastructure;
using Brink.Cli.Tests.Infrastructure;
using Brink.Games.Numerics;
using Brink.Games.Profiles;

namespace Brink.Cli.Tests.Commands.Solve;

public class SolveCommandTests
{
    private static string Game(string name) => RepositoryPaths.Combine("data", "games", name);

    [Fact]
    public void Solve_LcpOnPrisonersDilemma_PrintsGambitsLine()
    {
        var (exit, output, _) = CliRun.Run("solve", Game("pd.nfg"), "--method", "lcp");
        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(RepositoryPaths.Combine("data", "games", "expected", "pd.nfg.lcp.txt")).Trim(), output.Trim());
    }

    [Fact]
    public void Solve_LpOnConstantSum_PrintsGambitsLine()
    {
        var (exit, output, _) = CliRun.Run("solve", Game("2x2const.nfg"), "--method", "lp");
        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(RepositoryPaths.Combine("data", "games", "expected", "2x2const.nfg.lp.txt")).Trim(), output.Trim());
    }

    [Fact]
    public void Solve_SimpdivOnTwoByTwo_PrintsGambitsLine()
    {
        // Brink's path on 2x2.nfg ends at the grid point gambit-simpdiv prints.
        var (exit, output, _) = CliRun.Run("solve", Game("2x2.nfg"), "--method", "simpdiv");
        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(RepositoryPaths.Combine("data", "games", "expected", "2x2.nfg.simpdiv.txt")).Trim(), output.Trim());
    }

    [Fact]
    public void Solve_SimpdivWithStartOfWrongLength_ExitsTwo()
    {
        string path = Path.Combine(Path.GetTempPath(), $"brink-start-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "1,0\n");
        try
        {
            var (exit, output, error) = CliRun.Run("solve", Game("2x2x2.nfg"), "--method", "simpdiv", "--start", path);
            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Contains(":1:4: expected 6 probabilities (one per strategy), found 2", error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Solve_SimpdivFromGambitsPerturbation_PrintsAVerifiedProfile()
    {
        string path = Path.Combine(Path.GetTempPath(), $"brink-start-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "0.327249,0.672751,0.722755,0.277245,0.418296,0.581704\n");
        try
        {
            var (exit, output, _) = CliRun.Run("solve", Game("2x2x2.nfg"), "--method", "simpdiv", "--start", path);
            Assert.Equal(0, exit);
            Assert.StartsWith("NE,", output.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("2x2x2.nfg", "lcp", "two-player")]
    [InlineData("pd.nfg", "lp", "constant-sum")]
    public void Solve_MethodDoesNotApply_ExitsTwo(string game, string method, string reason)
    {
        var (exit, output, error) = CliRun.Run("solve", Game(game), "--method", method);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Solve_TruncatedFile_ExitsTwoWithLocation()
    {
        string path = Path.Combine(Path.GetTempPath(), $"brink-solve-{Guid.NewGuid():N}.nfg");
        File.WriteAllText(path, "NFG 1 R \"x\" { \"1\" \"2\" } { 2 2 }\n1 2 3");
        try
        {
            var (exit, _, error) = CliRun.Run("solve", path, "--method", "lcp");
            Assert.Equal(2, exit);
            Assert.StartsWith($"{path}:", error.Trim());
            Assert.DoesNotContain("   at ", error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Solve_LiapOnTwoByTwo_PrintsGambitsLine()
    {
        // gambit-liap prints the unique equilibrium ten times (ten starts); Brink starts once, from the centroid.
        var (exit, output, _) = CliRun.Run("solve", Game("2x2.nfg"), "--method", "liap");
        Assert.Equal(0, exit);
        Assert.Equal("NE,0.500000,0.500000,0.333333,0.666667", output.Trim());
    }

    [Fact]
    public void Solve_EnumpolyOn2x2x2_PrintsGambitsNineLines()
    {
        var (exit, output, _) = CliRun.Run("solve", Game("2x2x2.nfg"), "--method", "enumpoly");
        Assert.Equal(0, exit);
        var expected = File.ReadAllLines(RepositoryPaths.Combine("data", "games", "expected", "2x2x2.nfg.enumpoly.txt")).ToHashSet();
        Assert.Equal(expected, output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet());
    }

    [Fact]
    public void Solve_LiapWithUnreadableStart_ReportsFileLineAndColumn()
    {
        string path = Path.Combine(Path.GetTempPath(), $"brink-start-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "0.5,x\n");
        try
        {
            var (exit, output, error) = CliRun.Run("solve", Game("2x2.nfg"), "--method", "liap", "--start", path);
            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Contains(":1:5: expected a probability, found 'x'", error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Solve_LiapFromAStart_PrintsTheEquilibriumNearIt()
    {
        // coord3 has seven equilibria; a start near the pure (1, 1) profile descends to it.
        string path = Path.Combine(Path.GetTempPath(), $"brink-start-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "0.9,0.05,0.05,0.9,0.05,0.05\n");
        try
        {
            var (exit, output, _) = CliRun.Run("solve", Game("coord3.nfg"), "--method", "liap", "--start", path);
            Assert.Equal(0, exit);
            Assert.Equal("NE,1.000000,0.000000,0.000000,1.000000,0.000000,0.000000", output.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }
}

public class SolveEnumPureCommandTests
{
    private static string Game(string name) => RepositoryPaths.Combine("data", "games", name);

    [Theory]
    [InlineData("coord4.nfg")]
    [InlineData("entry_accommodation.efg")]
    [InlineData("montyhal.efg")]
    public void Solve_EnumPure_PrintsGambitsLines(string name)
    {
        var (exit, output, _) = CliRun.Run("solve", Game(name), "--method", "enumpure");
        Assert.Equal(0, exit);
        var expected = File.ReadAllLines(RepositoryPaths.Combine("data", "games", "expected", $"{name}.enumpure.txt")).Order(StringComparer.Ordinal);
        Assert.Equal(expected, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Solve_Spe_Centipede()
    {
        var (exit, output, _) = CliRun.Run("solve", Game("cent4.efg"), "--method", "enumpure", "--spe");
        Assert.Equal(0, exit);
        Assert.Equal("NE,1,0,1,0,1,0,1,0", output.Trim());
    }

    [Theory]
    [InlineData("entry_accommodation.efg", "enumpure")]
    [InlineData("pd.nfg", "enumpure")]
    [InlineData("cent4.efg", "lcp")]
    public void Solve_SpeWhereItDoesNotApply_ExitsTwo(string name, string method)
    {
        var (exit, _, error) = CliRun.Run("solve", Game(name), "--method", method, "--spe");
        Assert.Equal(2, exit);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void Convert_TreeToNfg_IsItsReducedNormalForm()
    {
        var (exit, output, _) = CliRun.Run("convert", Game("e04.efg"), "--to", "nfg");
        Assert.Equal(0, exit);
        var converted = Brink.Games.Formats.NfgFormat.Read(output, "converted.nfg");
        var bundled = Brink.Games.Formats.GameFile.Load(Game("e04.nfg")).NormalForm!;
        Assert.Equal(bundled.AllPayoffs.ToArray(), converted.AllPayoffs.ToArray());
    }
}

public class SolveEnumMixedCommandTests
{
    [Theory]
    [InlineData("deg1.nfg")]
    [InlineData("entry_accommodation.efg")]
    public void Solve_EnumMixed_PrintsGambitsLines(string name)
    {
        var (exit, output, _) = CliRun.Run("solve", RepositoryPaths.Combine("data", "games", name), "--method", "enummixed");
        Assert.Equal(0, exit);
        var expected = File.ReadAllLines(RepositoryPaths.Combine("data", "games", "expected", $"{name}.enummixed.txt")).Order(StringComparer.Ordinal);
        Assert.Equal(expected, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Solve_EnumMixedOnThreePlayers_ExitsTwo() =>
        Assert.Equal(2, CliRun.Run("solve", RepositoryPaths.Combine("data", "games", "2x2x2.nfg"), "--method", "enummixed").Exit);
}

public class SolveImperfectRecallCommandTests
{
    [Fact]
    public void Solve_ImperfectRecallTree_ExitsTwoSayingWhy()
    {
        string path = Path.Combine(Path.GetTempPath(), $"brink-forgetful-{Guid.NewGuid():N}.efg");
        File.WriteAllText(path, "EFG 2 R \"forgetful\" { \"1\" \"2\" }\n\"\"\np \"\" 1 1 \"\" { \"L\" \"R\" } 0\np \"\" 1 2 \"\" { \"a\" \"b\" } 0\nt \"\" 1 \"\" { 1, 0 }\nt \"\" 2 \"\" { 0, 0 }\np \"\" 1 2 \"\" { \"a\" \"b\" } 0\nt \"\" 3 \"\" { 0, 0 }\nt \"\" 4 \"\" { 1, 0 }\n");
        try
        {
            var (exit, output, error) = CliRun.Run("solve", path, "--method", "enumpure");
            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Contains("perfect recall", error);
            Assert.Single(error.Trim().Split('\n'));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

public class SolveVerificationCommandTests
{
    private static string Game(string name) => RepositoryPaths.Combine("data", "games", name);

    [Fact]
    public void Solve_SolverReturnsNonEquilibrium_ExitsOneNamingMethodPlayerAndRegret()
    {
        // Prisoner's dilemma: both cooperating (strategy 1 of 2) is not an equilibrium; each gains by defecting.
        var cooperate = Profile.FromExact(ProfileKind.Mixed, [[Rational.One, Rational.Zero], [Rational.One, Rational.Zero]]);
        var (exit, output, error) = Run(cooperate, "pd.nfg", "lcp");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Matches(@"^error: lcp produced a profile that is not an equilibrium: player 1 gains \S+ \(exact check, regret must be 0\) by deviating; nothing printed$", error.Trim());
    }

    [Fact]
    public void Solve_SolverReturnsFloatingNonEquilibrium_ExitsOneWithTolerance()
    {
        var cooperate = Profile.FromDoubles(ProfileKind.Mixed, [[0.9, 0.1], [0.9, 0.1]]);
        var (exit, output, error) = Run(cooperate, "pd.nfg", "logit");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("logit produced a profile that is not an equilibrium: player 1 gains", error);
        Assert.Contains("(tolerance ", error);
    }

    [Fact]
    public void Solve_SolverReturnsMalformedBehaviourProfile_ExitsOne()
    {
        var wrongShape = Profile.FromExact(ProfileKind.Behaviour, [[Rational.One]]);
        var (exit, output, error) = Run(wrongShape, "cent4.efg", "lcp");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error: lcp produced a malformed profile: ", error.Trim());
    }

    [Fact]
    public void Solve_LogitOn2x2x2_RefusesGambitsEndPointWhichIsNoEquilibrium()
    {
        var (exit, output, error) = CliRun.Run("solve", Game("2x2x2.nfg"), "--method", "logit");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("logit produced a profile that is not an equilibrium: player 3 gains", error);
    }

    private static (int Exit, string Output, string Error) Run(Profile profile, string game, string method)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, interactive: false);
        var command = SolveCommand.Create(console, (_, request) => new SolverResult(request.Method, [profile], profile.IsExact, []));
        var root = new RootCommand { command };
        int exit = root.Parse(["solve", Game(game), "--method", method])
            .Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
