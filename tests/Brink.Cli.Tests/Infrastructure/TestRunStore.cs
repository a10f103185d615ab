using System.Runtime.CompilerServices;

namespace Brink.Cli.Tests.Infrastructure;

/// <summary>Points every test's run recording at a throw-away store, never the user's data folder.</summary>
internal static class TestRunStore
{
    public static string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"brink-tests-{Environment.ProcessId}.db");

    [ModuleInitializer]
    internal static void Initialise() => Environment.SetEnvironmentVariable("BRINK_STORE", Path);
}
