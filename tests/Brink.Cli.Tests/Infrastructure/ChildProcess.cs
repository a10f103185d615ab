using System.Diagnostics;

namespace Brink.Cli.Tests.Infrastructure;

/// <summary>
/// Runs real processes for the tests that need one (a packed tool, several brinks on one store, a brink under
/// another processor count): the SDK's own <c>dotnet</c>, both output streams drained so a chatty child never
/// blocks, and a time limit past which the child is killed.
/// </summary>
internal static class ChildProcess
{
    /// <summary>The SDK running the tests names itself; a bare "dotnet" is the fallback outside <c>dotnet test</c>.</summary>
    public static string Dotnet { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    /// <summary>The brink built beside the tests.</summary>
    public static string BrinkDll { get; } = Path.Combine(AppContext.BaseDirectory, "brink.dll");

    /// <summary>Runs <paramref name="file"/> to its end and returns its exit code and both outputs; <paramref name="environment"/> sets (or, with null, removes) variables.</summary>
    public static (int Exit, string Output, string Error) Run(
        string file, IEnumerable<string> arguments, string directory, TimeSpan limit, IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var process = Process.Start(Info(file, arguments, directory, environment))!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} ran past {limit}");
        }

        return (process.ExitCode, output, error.Result);
    }

    /// <summary>Starts brink with <paramref name="arguments"/> and leaves it running, its outputs drained.</summary>
    public static Process StartBrink(IEnumerable<string> arguments, string directory)
    {
        var process = Process.Start(Info(Dotnet, [BrinkDll, .. arguments], directory, null))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Starts <paramref name="file"/> and leaves it running; its standard output can be waited on line by line.</summary>
    public static RunningProcess StartWatched(string file, IEnumerable<string> arguments, string directory, IReadOnlyDictionary<string, string?>? environment) =>
        new(Process.Start(Info(file, arguments, directory, environment))!);

    private static ProcessStartInfo Info(string file, IEnumerable<string> arguments, string directory, IReadOnlyDictionary<string, string?>? environment)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A null value removes the variable: a child that must not find something the parent has (an SDK's runtime).
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return start;
    }
}
