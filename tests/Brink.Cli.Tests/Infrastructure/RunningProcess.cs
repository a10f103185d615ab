using System.Collections.Concurrent;
using System.Diagnostics;

namespace Brink.Cli.Tests.Infrastructure;

/// <summary>A child left running (a server), its output collected as it comes, killed when disposed.</summary>
internal sealed class RunningProcess : IDisposable
{
    private readonly Process process;
    private readonly BlockingCollection<string> lines = [];

    public RunningProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The first output line <paramref name="wanted"/> accepts; fails with everything seen if none comes in time.</summary>
    public string WaitForLine(Func<string, bool> wanted, TimeSpan limit)
    {
        var seen = new List<string>();
        var deadline = DateTime.UtcNow + limit;
        while (lines.TryTake(out var line, Remaining(deadline)))
        {
            if (wanted(line))
            {
                return line;
            }

            seen.Add(line);
        }

        throw new TimeoutException($"no expected line within {limit}; the process printed:\n{string.Join('\n', seen)}");
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        lines.Dispose();
    }

    private static TimeSpan Remaining(DateTime deadline)
    {
        var left = deadline - DateTime.UtcNow;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private void Collect(string? line)
    {
        if (line is not null && !lines.IsAddingCompleted)
        {
            lines.Add(line);
        }
    }
}
