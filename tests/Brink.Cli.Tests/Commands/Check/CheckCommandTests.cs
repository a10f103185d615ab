using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Commands.Check;

public class CheckCommandTests
{
    [Fact]
    public void Check_BundledCases_AllValid()
    {
        var (exit, output, error) = CliRun.Run("check", RepositoryPaths.Combine("data", "cases", "iran"));
        Assert.Equal(0, exit);
        Assert.Contains("47 file(s) checked, 0 error(s)", output);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void Check_BadFile_ListsEveryErrorWithLineAndColumn()
    {
        string path = Path.Combine(Path.GetTempPath(), $"brink-check-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "id: Bad_id\ndate: 2020-01-01\ntitle: x\nfocal: iran\nfoo: 1\ntrigger:\n  by: us\n  kind: sanctions\n  severity: 1.4\n  overt: true\n  on_soil: false\nstate:\n  economy: 0.3\n");
        try
        {
            var (exit, _, error) = CliRun.Run("check", path);
            Assert.Equal(2, exit);
            var lines = error.Trim().Split('\n');
            Assert.Contains(lines, l => l.StartsWith($"{path}:1:5: ", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith($"{path}:5:1: ", StringComparison.Ordinal) && l.Contains("'foo'"));
            Assert.Contains(lines, l => l.StartsWith($"{path}:9:13: ", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("check")]
    [InlineData("predict")]
    [InlineData("backtest")]
    public void UnlistedInitiator_IsAnErrorAtItsLineAndColumn(string command)
    {
        string text = File.ReadAllText(RepositoryPaths.Combine("data", "cases", "iran", "soleimani-2020.yaml"));
        int at = text.IndexOf("  by: us", StringComparison.Ordinal);
        Assert.True(at >= 0);
        string path = Path.Combine(Path.GetTempPath(), $"brink-initiator-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, text.Replace("  by: us", "  by: atlantis", StringComparison.Ordinal));
        int line = text[..at].Count(c => c == '\n') + 1;
        try
        {
            var (exit, output, error) = command == "check" ? CliRun.Run(command, path) : CliRun.Run(command, path, "--no-store");
            Assert.Equal(2, exit);
            Assert.DoesNotContain("probabilit", output, StringComparison.Ordinal);
            Assert.StartsWith($"{path}:{line}:7: expected 'domestic' or an actor listed under state.adversaries", error.Trim(), StringComparison.Ordinal);
            Assert.Contains("found 'atlantis'", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Check_MissingFile_ExitsTwo()
    {
        var (exit, _, error) = CliRun.Run("check", "no/such/situation.yaml");
        Assert.Equal(2, exit);
        Assert.Contains("no/such/situation.yaml", error);
    }
}
