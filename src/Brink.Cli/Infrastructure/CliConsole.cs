using Brink.Games.Profiles;
using Spectre.Console;

namespace Brink.Cli.Infrastructure;

/// <summary>
/// Where a command writes, and what the terminal can do, decided once: redirected output, <c>NO_COLOR</c> or
/// a machine format mean plain text with no colour, progress bar or prompt.
/// </summary>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, bool interactive)
    {
        Output = output;
        Error = error;
        Interactive = interactive;
        // Made on first use: most commands print plain lines and never load Spectre's terminal detection.
        ansi = new Lazy<IAnsiConsole>(() => Create(output, interactive));
        errorAnsi = new Lazy<IAnsiConsole>(() => Create(error, interactive));
    }

    private readonly Lazy<IAnsiConsole> ansi;
    private readonly Lazy<IAnsiConsole> errorAnsi;

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>True only on a real terminal without NO_COLOR.</summary>
    public bool Interactive { get; }

    /// <summary>When set (during <c>brink runs rerun</c>), runs are handed here instead of being stored.</summary>
    public Action<Brink.Analysis.Runs.RunRecord>? RunCapture { get; init; }

    /// <summary>
    /// Told of every exception that reaches the catch-all (exit 1) instead of a located input error: the seam the
    /// fuzz tests use to tell a crash from a legitimate failure.
    /// </summary>
    public Action<Exception>? UnexpectedError { get; init; }

    /// <summary>Spectre console bound to <see cref="Output"/>.</summary>
    public IAnsiConsole Ansi => ansi.Value;

    /// <summary>Spectre console bound to <see cref="Error"/>, for progress that must not mix with the report.</summary>
    public IAnsiConsole ErrorAnsi => errorAnsi.Value;

    /// <summary>The process console, interactive when no stream is redirected and NO_COLOR is unset.</summary>
    public static CliConsole FromProcess() =>
        new(
            Console.Out,
            Console.Error,
            IsInteractive(
                Console.IsInputRedirected,
                Console.IsOutputRedirected,
                Console.IsErrorRedirected,
                Environment.GetEnvironmentVariable("NO_COLOR")));

    private static IAnsiConsole Create(TextWriter writer, bool interactive)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
        {
            ansi.Profile.Width = 100;
        }

        return ansi;
    }

    /// <summary>The pure decision, testable without a terminal.</summary>
    public static bool IsInteractive(bool inputRedirected, bool outputRedirected, bool errorRedirected, string? noColor) =>
        !inputRedirected && !outputRedirected && !errorRedirected && string.IsNullOrEmpty(noColor);
}
