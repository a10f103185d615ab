using System.Text;
using System.Text.RegularExpressions;
using Brink.Cli.Tests.Infrastructure;
using Brink.Games.Formats;
using Brink.Model.Situations;
using Brink.Model.Yaml;

namespace Brink.Cli.Tests.Limits;

/// <summary>
/// Issue 13, item 2: each size limit in docs/limits.md is refused through the CLI with exit 2 and one line of
/// stderr, located as <c>file:line:col: </c> when the input is a file.
/// </summary>
public sealed partial class InputLimitsTests
{
    private static readonly string Situation = RepositoryPaths.Combine("data", "situations", "iran-2025-fordow.yaml");

    [GeneratedRegex(@"^(?<file>[^\n]+?):(?<line>\d+):(?<column>\d+): [^\n]+\n?$")]
    private static partial Regex Located();

    private static string Write(string name, string text)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"brink-limits-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static void AssertLocated(string path, string expected, params string[] args)
    {
        var (exit, _, error) = CliRun.Run(args);
        Assert.Equal(2, exit);
        var match = Located().Match(error);
        Assert.True(match.Success, error);
        Assert.Equal(path, match.Groups["file"].Value);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    private static void AssertUsage(string expected, params string[] args)
    {
        var (exit, _, error) = CliRun.Run(args);
        Assert.Equal(2, exit);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Game_LongerThanMaxCharacters_Refused()
    {
        string path = Write("long.nfg", "NFG 1 R \"\" { \"1\" } { 1 }\n" + new string(' ', GameLimits.MaxCharacters) + "0\n");
        AssertLocated(path, "more than 16777216 characters", "game", "info", path);
    }

    [Fact]
    public void Game_MorePlayersThanMaxPlayers_Refused()
    {
        string players = string.Concat(Enumerable.Range(1, GameLimits.MaxPlayers + 1).Select(i => $" \"P{i}\""));
        string path = Write("players.nfg", $"NFG 1 R \"\" {{{players} }} {{ 1 }}\n");
        AssertLocated(path, "more than 64 players", "game", "info", path);
    }

    [Fact]
    public void Game_MorePayoffEntriesThanMax_Refused()
    {
        string path = Write("entries.nfg", "NFG 1 R \"\" { \"1\" \"2\" } { 4096 4097 }\n0 0\n");
        AssertLocated(path, "more than 16777216 payoff entries", "game", "info", path);
    }

    [Fact]
    public void Game_MoreTreeNodesThanMax_Refused()
    {
        // One decision node with MaxTreeNodes actions, each leading to a terminal node: one node too many.
        int actions = GameLimits.MaxTreeNodes;
        var text = new StringBuilder("EFG 2 R \"\" { \"1\" }\np \"\" 1 1 \"\" {");
        for (int i = 0; i < actions; i++)
        {
            text.Append(" \"\"");
        }

        text.Append(" } 0\n");
        for (int i = 0; i < actions; i++)
        {
            text.Append("t \"\" 0\n");
        }

        string path = Write("nodes.efg", text.ToString());
        AssertLocated(path, "more than 1000000 nodes", "game", "info", path);
    }

    [Fact]
    public void Game_DeeperThanMaxTreeDepth_Refused()
    {
        var text = new StringBuilder("EFG 2 R \"\" { \"1\" }\n");
        for (int i = 0; i <= GameLimits.MaxTreeDepth; i++)
        {
            text.Append("p \"\" 1 ").Append(i + 1).Append(" \"\" { \"a\" } 0\n");
        }

        text.Append("t \"\" 0\n");
        string path = Write("deep.efg", text.ToString());
        AssertLocated(path, "deeper than 1000 levels", "game", "info", path);
    }

    [Fact]
    public void Yaml_LongerThanMaxCharacters_Refused()
    {
        string path = Write("long.yaml", File.ReadAllText(Situation) + "#" + new string('x', YamlLimits.MaxCharacters) + "\n");
        AssertLocated(path, YamlMessages.WithinSize, "check", path);
    }

    [Fact]
    public void Yaml_NestedDeeperThanMaxDepth_Refused()
    {
        string path = Write("deep.yaml", File.ReadAllText(Situation) + "extra: " + new string('[', 10_000) + new string(']', 10_000) + "\n");
        AssertLocated(path, YamlMessages.WithinDepth, "predict", path, "--no-store");
    }

    [Fact]
    public void Yaml_MoreNodesThanMaxNodes_Refused()
    {
        string path = Write("nodes.yaml", File.ReadAllText(Situation) + "extra: [" + string.Join(',', Enumerable.Repeat("1", YamlLimits.MaxNodes)) + "]\n");
        AssertLocated(path, YamlMessages.WithinNodes, "check", path);
    }

    [Fact]
    public void Policy_NestedDeeperThanMaxDepth_Refused()
    {
        string path = Write("deep-policy.yaml", "schedule: " + new string('[', 100) + new string(']', 100) + "\n");
        AssertLocated(path, YamlMessages.WithinDepth, "simulate", Situation, "--policy", path, "-n", "1", "-t", "1", "--no-store");
    }

    [Fact]
    public void Situation_MoreAdversariesThanMax_Refused()
    {
        var text = new StringBuilder(File.ReadAllText(Situation).Replace("  third_parties:\n", string.Concat(
            Enumerable.Range(1, SituationLimits.MaxActorsPerGroup + 1).Select(i => $"    extra{i}: {{resolve: 0.5}}\n")) + "  third_parties:\n", StringComparison.Ordinal));
        string path = Write("adversaries.yaml", text.ToString());
        AssertLocated(path, SituationMessages.WithinActors, "check", path);
    }

    [Theory]
    [InlineData("simulate", "--threads", "257")]
    [InlineData("simulate", "--horizon", "601")]
    [InlineData("simulate", "--runs", "10000001")]
    [InlineData("sweep", "--threads", "257")]
    [InlineData("sweep", "--horizon", "601")]
    [InlineData("sweep", "--replications", "100001")]
    [InlineData("predict", "--draws", "100001")]
    [InlineData("optimize", "--draws", "100001")]
    public void Count_AboveItsLimit_Refused(string command, string option, string value)
    {
        string[] args = command switch
        {
            "sweep" => ["sweep", Situation, "--vary", "state.sanctions=0:1:2", option, value, "--no-store"],
            "optimize" => ["optimize", Situation, "--control", "state.sanctions=0:1", option, value],
            _ => [command, Situation, option, value, "--no-store"],
        };
        AssertUsage(option, args);
    }

    [Fact]
    public void Threads_AboveLimitInBacktest_Refused() =>
        AssertUsage("--threads", "backtest", RepositoryPaths.Combine("data", "cases", "iran", "flame-2012.yaml"), "--threads", "100000", "--no-store");
}
