using System.CommandLine;

namespace Brink.Cli.Infrastructure;

/// <summary>
/// Runs a command body and maps what goes wrong to one line and an exit code: input errors (located
/// <see cref="FormatException"/>s, missing files, bad usage) give 2, anything else 1. Never a stack trace
/// unless BRINK_DEBUG is set.
/// </summary>
internal static class CommandRunner
{
    public static void SetAction(Command command, CliConsole console, Func<ParseResult, int> body) =>
        command.SetAction(parse => Run(console, () => body(parse)));

    public static int Run(CliConsole console, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception ex) when (IsInputError(ex))
        {
            console.Error.WriteLine(OneLine(Describe(ex)));
            return ExitCodes.InputError;
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("BRINK_DEBUG") is null)
        {
            console.UnexpectedError?.Invoke(ex);
            console.Error.WriteLine(OneLine($"error: {ex.Message}"));
            return ExitCodes.Failure;
        }
    }

    private static bool IsInputError(Exception ex) =>
        ex is FormatException or UsageException or FileNotFoundException or DirectoryNotFoundException
            or NotSupportedException;

    private static string Describe(Exception ex) => ex switch
    {
        FileNotFoundException missing => $"{missing.FileName ?? "file"}: file not found",
        DirectoryNotFoundException missing => $"error: {missing.Message}",
        UsageException usage => $"error: {usage.Message}",
        NotSupportedException unsupported => $"error: {unsupported.Message}",
        _ => ex.Message,
    };

    /// <summary>
    /// The message with line breaks and other control characters escaped: an error is one line of stderr whatever
    /// text (a mutated spec, a label with a newline) it quotes.
    /// </summary>
    internal static string OneLine(string message)
    {
        if (!message.Any(char.IsControl))
        {
            return message;
        }

        var line = new System.Text.StringBuilder(message.Length + 8);
        foreach (char c in message)
        {
            line.Append(char.IsControl(c) ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c);
        }

        return line.ToString();
    }
}
