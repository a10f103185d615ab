using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Reproducibility;

/// <summary>A run store holding one recorded prediction, made once per test process, for report and runs list.</summary>
internal static class StoreWithOneRun
{
    private static readonly Lazy<string> Made = new(() =>
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"brink-repro-store-{Environment.ProcessId}.db");
        File.Delete(path);
        var (exit, _, error) = CliRun.Run("predict", RepositoryPaths.Combine("data", "situations", "iran-2025-fordow.yaml"), "--store", path);
        return exit == 0 ? path : throw new InvalidOperationException("could not record a run: " + error);
    });

    public static string Path => Made.Value;
}
