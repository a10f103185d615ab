using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Commands.Solve;

/// <summary><c>brink solve --method gnm</c> end to end: Gambit's perturbation file in, Gambit's lines out.</summary>
public class SolveGnmCommandTests
{
    private static string Game(string name) => RepositoryPaths.Combine("data", "games", name);

    [Fact]
    public void Solve_GnmFromGambitsPerturbation_PrintsGambitsSevenEquilibria()
    {
        // 2x2x2.nfg: the path from Gambit's vector crosses λ = 0 seven times, at the points gambit-gnm printed
        // (data/games/expected/2x2x2.nfg.gnm.txt); the order may differ, so the lines are compared as sets.
        var (exit, output, _) = CliRun.Run("solve", Game("2x2x2.nfg"), "--method", "gnm",
            "--perturbation", RepositoryPaths.Combine("data", "games", "perturbations", "2x2x2.nfg.txt"));
        Assert.Equal(0, exit);
        var expected = File.ReadAllLines(RepositoryPaths.Combine("data", "games", "expected", "2x2x2.nfg.gnm.txt"));
        Assert.Equal(expected.Order(StringComparer.Ordinal), output.Trim().Split('\n').Select(l => l.TrimEnd('\r')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Solve_GnmWithPerturbationOfWrongLength_ExitsTwoWithLocation()
    {
        string path = Path.Combine(Path.GetTempPath(), $"brink-perturbation-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "0.3,0.7,0.2,0.8,0.4,0.6\n1,0\n");
        try
        {
            var (exit, output, error) = CliRun.Run("solve", Game("2x2x2.nfg"), "--method", "gnm", "-p", path);
            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Contains($"{path}:2:4: expected 6 probabilities (one per strategy), found 2", error);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
