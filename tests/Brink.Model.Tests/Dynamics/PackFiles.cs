using Brink.Model.Dynamics;

namespace Brink.Model.Tests.Dynamics;

/// <summary>The repository's bundled pack files, found by walking up from the test binary.</summary>
internal static class PackFiles
{
    private static readonly Lazy<DynamicsParameters> IranDynamics = new(() => DynamicsLoader.Load(IranDynamicsPath));

    public static string IranDynamicsPath => Path.Combine(Root, "packs", "iran", "dynamics.yaml");

    public static DynamicsParameters Iran => IranDynamics.Value;

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
