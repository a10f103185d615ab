using Brink.Cli.Infrastructure;

namespace Brink.Cli.Tests.Infrastructure;

/// <summary>Runs the CLI in-process with captured, non-interactive output.</summary>
internal static class CliRun
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = BrinkApp.Run(args, new CliConsole(output, error, interactive: false));
        return (exit, output.ToString(), error.ToString());
    }
}
