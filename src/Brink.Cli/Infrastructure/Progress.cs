using Spectre.Console;

namespace Brink.Cli.Infrastructure;

/// <summary>Runs long work with a progress bar on a terminal, silently otherwise.</summary>
internal static class Progress
{
    public static T Run<T>(CliConsole console, string label, int total, Func<IProgress<int>?, T> work)
    {
        if (!console.Interactive)
        {
            return work(null);
        }

        T result = default!;
        console.Ansi.Progress().Start(context =>
        {
            var task = context.AddTask(label, maxValue: Math.Max(1, total));
            result = work(new Progress<int>(done => task.Value = done));
            task.Value = task.MaxValue;
        });
        return result;
    }
}
