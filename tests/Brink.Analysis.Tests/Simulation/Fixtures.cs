using Brink.Model.Dynamics;
using Brink.Model.Situations;

namespace Brink.Analysis.Tests.Simulation;

internal static class Fixtures
{
    private static readonly Lazy<DynamicsParameters> IranDynamics = new(() => DynamicsLoader.Load(Path.Combine(Root, "packs", "iran", "dynamics.yaml")));

    public static DynamicsParameters Iran => IranDynamics.Value;

    /// <summary>A grave overt blow under heavy sanctions (open ids: nothing depends on the names).</summary>
    public static Situation Start { get; } = new(
        "test-start",
        new DateOnly(2020, 1, 3),
        "Test start",
        "focal",
        new Trigger("rival", TriggerKind.Decapitation, 0.9, true, false, 10),
        new WorldState(0.3, 0.9, 0.6, 0.5, 0.6, 0.5, 0.2,
            [new("alpha", 0.9), new("beta", 0.6), new("gamma", 0.8), new("delta", 0.7)],
            [new("rival", 0.8, 0.8, 0.1, 0.9, 10), new("neighbour", 0.7, 0.7, 0, 0, null)],
            [new("bloc", 0.3)],
            MediatorAvailable: true,
            HardlinerInfluence: 0.7,
            OwnElectionMonths: 18,
            WarOngoing: false),
        null);

    /// <summary>Five standard errors of a share estimated from <paramref name="samples"/> draws (variance ≤ 1/4).</summary>
    public static double ShareTolerance(int samples) => 5 * Math.Sqrt(0.25 / samples);

    public static string RepositoryRoot => Root;

    private static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Directory.Build.props")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
        }
    }
}
