namespace Brink.Cli.Tests.Infrastructure;

public class ExitCodeTests
{
    [Fact]
    public void Run_UnknownCommand_ExitsTwoWithOneLineError()
    {
        var (exit, _, error) = CliRun.Run("no-such-command");
        Assert.Equal(2, exit);
        Assert.Contains("no-such-command", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Run_NoCommand_ExitsTwo()
    {
        var (exit, _, _) = CliRun.Run();
        Assert.Equal(2, exit);
    }
}
