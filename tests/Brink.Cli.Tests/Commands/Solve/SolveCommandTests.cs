using Brink.Cli.Tests.Infrastructure;

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
}
