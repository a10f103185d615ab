using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Commands.Solve;

/// <summary><c>brink solve GAME --method ipa [--perturbation FILE]</c> end to end, against gambit-ipa's output.</summary>
public class SolveIpaCommandTests
{
    private static string Game(string name) => RepositoryPaths.Combine("data", "games", name);

    [Fact]
    public void Solve_IpaFromGambitsPerturbation_PrintsGambitsLine()
    {
        // 2x2x2.nfg: three players, so the full iteration; Gambit's path from this vector ends at a pure profile.
        var (exit, output, _) = CliRun.Run("solve", Game("2x2x2.nfg"), "--method", "ipa", "--perturbation", Game("perturbations/2x2x2.nfg.txt"));
        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(Game("expected/2x2x2.nfg.ipa.txt")).Trim(), output.Trim());
    }

    [Fact]
    public void Solve_IpaWithTwoPerturbations_PrintsOneLinePerRun()
    {
        string path = Path.Combine(Path.GetTempPath(), $"brink-perturbation-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "0.6,0.4,0.7,0.3,0.2,0.8\n0.4,0.6,0.3,0.7,0.8,0.2\n");
        try
        {
            var (exit, output, _) = CliRun.Run("solve", Game("2x2x2.nfg"), "--method", "ipa", "-p", path);
            Assert.Equal(0, exit);
            Assert.Equal(
                ["NE,1.000000,0.000000,1.000000,0.000000,1.000000,0.000000", "NE,0.000000,1.000000,0.000000,1.000000,1.000000,0.000000"],
                output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Solve_IpaWithPerturbationOfWrongLength_ExitsTwoWithItsLocation()
    {
        string path = Path.Combine(Path.GetTempPath(), $"brink-perturbation-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "0.327249,0.672751,0.722755,0.277245,0.418296,0.581704\n0.5,0.4,0.1\n");
        try
        {
            var (exit, output, error) = CliRun.Run("solve", Game("2x2x2.nfg"), "--method", "ipa", "--perturbation", path);
            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Contains(":2:12: expected 6 probabilities (one per strategy), found 3", error);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
