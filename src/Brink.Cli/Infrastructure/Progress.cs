using Spectre.Console;

namespace Brink.Cli.Infrastructure;

/// <summary>Runs long work with a progress bar on a terminal, silently otherwise.</summary>
internal static class Progress
{
    /// <summary>Runs <paramref name="work"/>; with <paramref name="onError"/> the bar is drawn on standard error, leaving standard output to the report.</summary>
    public static T Run<T>(CliConsole console, string label, int total, Func<IProgress<int>?, T> work, bool onError = false)
    {
        if (!console.Interactive || total == 0)
        {
            return work(null);
        }

        T result = default!;
        (onError ? console.ErrorAnsi : console.Ansi).Progress().Start(context =>
        {
            var task = context.AddTask(label, maxValue: Math.Max(1, total));
            result = work(new Progress<int>(done => task.Value = Math.Max(task.Value, done)));
            task.Value = task.MaxValue;
        });
        return result;
    }
}
