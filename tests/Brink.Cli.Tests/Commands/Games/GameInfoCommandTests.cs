using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Commands.Games;

public class GameInfoCommandTests
{
    [Fact]
    public void Info_Kuhn3_ReportsTreeShape()
    {
        var (exit, output, _) = CliRun.Run("game", "info", RepositoryPaths.Combine("data", "games", "kuhn3.efg"));
        Assert.Equal(0, exit);
        Assert.Contains("nodes: 55 (24 decision, 1 chance, 30 terminal)", output);
        Assert.Contains("  1. P1: 6 information sets, 12 actions", output);
        Assert.Contains("information sets: 12 (+1 chance)", output);
    }

    [Fact]
    public void Info_NormalForm_ListsStrategies()
    {
        var (exit, output, _) = CliRun.Run("game", "info", RepositoryPaths.Combine("data", "games", "e04.nfg"));
        Assert.Equal(0, exit);
        Assert.Contains("  1. Player 1: 3 strategies (1, 2, 3)", output);
        Assert.Contains("profiles: 6", output);
    }

    [Fact]
    public void Info_MissingFile_ExitsTwoNamingThePath()
    {
        var (exit, _, error) = CliRun.Run("game", "info", "no/such/game.nfg");
        Assert.Equal(2, exit);
        Assert.Contains("no/such/game.nfg", error);
    }

    [Fact]
    public void Info_MalformedFile_ExitsTwoWithLocatedError()
    {
        string path = Path.Combine(Path.GetTempPath(), $"brink-bad-{Guid.NewGuid():N}.nfg");
        File.WriteAllText(path, "NFG 1 R \"x\" { \"a\" \"b\" } { 2 2 }\n\"\"\n{ 1 2 3 }");
        try
        {
            var (exit, _, error) = CliRun.Run("game", "info", path);
            Assert.Equal(2, exit);
            Assert.StartsWith($"{path}:3:", error.Trim());
            Assert.Single(error.Trim().Split('\n'));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
