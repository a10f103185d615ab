namespace Brink.Web;

/// <summary>
/// How the workbench runs. The server binds to <see cref="Host"/> (loopback unless the user asks otherwise) and
/// reads and writes only inside <see cref="Workspace"/>.
/// </summary>
/// <param name="Workspace">The workspace folder: <c>situations/</c> and <c>policies/</c>; created and seeded when empty.</param>
/// <param name="PacksDirectory">Where the model packs are (the CLI passes its bundled packs).</param>
/// <param name="SeedDirectory">Situations copied into an empty workspace so the first screen is never empty; null for none.</param>
public sealed record WorkbenchOptions(string Workspace, string PacksDirectory, string? SeedDirectory)
{
    /// <summary>The loopback address the server binds to unless told otherwise.</summary>
    public const string LoopbackHost = "127.0.0.1";

    /// <summary>The address to bind to.</summary>
    public string Host { get; init; } = LoopbackHost;

    /// <summary>The port; 0 picks a free one.</summary>
    public int Port { get; init; } = 5080;

    /// <summary>The largest request body accepted (413 beyond it): 1 MiB, far above any situation or game file.</summary>
    public long MaxRequestBytes { get; init; } = 1 << 20;

    /// <summary>The most trajectories one <c>/api/simulate</c> call may ask for, so one request cannot hold the machine.</summary>
    public int MaxSimulationRuns { get; init; } = 20_000;
}
