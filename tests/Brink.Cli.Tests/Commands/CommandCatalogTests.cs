using Brink.Cli.Commands;
using Brink.Cli.Infrastructure;
using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Commands;

public class CommandCatalogTests
{
    private static readonly CliConsole Console = new(TextWriter.Null, TextWriter.Null, interactive: false);

    [Fact]
    public void Entries_EachNameIsTheNameItsCommandAnswersTo()
    {
        // A line builds only the command its first word names, so a name out of step with its command would make
        // that command unreachable.
        Assert.All(CommandCatalog.Entries, e => Assert.Equal(e.Name, e.Create(Console).Name));
        Assert.Equal(CommandCatalog.Entries.Count, CommandCatalog.Entries.Select(e => e.Name).Distinct().Count());
    }

    [Theory]
    [InlineData("solve", "solve")]
    [InlineData("runs", "runs")]
    [InlineData("--help", null)]
    [InlineData("no-such-command", null)]
    public void For_ALineNamingACommand_BuildsThatOneAndOtherwiseAll(string first, string? only)
    {
        var built = CommandCatalog.For([first, "x"], Console).Select(c => c.Name).ToList();

        Assert.Equal(only is null ? CommandCatalog.Entries.Select(e => e.Name) : [only], built);
    }

    [Fact]
    public void RootHelp_StillListsEveryCommand()
    {
        var (exit, output, _) = CliRun.Run("--help");

        Assert.Equal(0, exit);
        Assert.All(CommandCatalog.Entries, e => Assert.Contains(e.Name, output, StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownCommand_IsStillAUsageError()
    {
        var (exit, _, error) = CliRun.Run("no-such-command");

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("no-such-command", error, StringComparison.Ordinal);
    }
}
