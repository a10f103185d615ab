using Brink.Model.Dynamics;
using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Cli.Infrastructure;

/// <summary>
/// Loads a situation and the pack that models its focal actor: <c>--pack DIR</c> when given, else the
/// nearest <c>packs/</c> above the situation file, else the packs bundled with the tool.
/// </summary>
internal static class ModelInputs
{
    public static (Situation Situation, ModelPack Pack, string PackDirectory) Load(string situationPath, string? packDirectory)
    {
        var situation = SituationLoader.Load(InputFiles.RequireFile(situationPath));
        if (packDirectory is not null)
        {
            InputFiles.RequireDirectory(packDirectory);
            return (situation, PackLoader.Load(packDirectory), packDirectory);
        }

        string packs = PackDirectory.FindDefault(situationPath) ?? BundledData.PacksDirectory;
        var pack = PackDirectory.ForFocal(packs, situation.Focal);
        return (situation, pack, Path.GetDirectoryName(pack.SourcePath) ?? packs);
    }

    /// <summary>The pack for cases: <c>--pack DIR</c> when given, else the pack for their focal actor near the first case.</summary>
    public static (ModelPack Pack, string Directory) PackForCases(string? packDirectory, string firstCase, string focal)
    {
        if (packDirectory is not null)
        {
            InputFiles.RequireDirectory(packDirectory);
            return (PackLoader.Load(packDirectory), packDirectory);
        }

        string packs = PackDirectory.FindDefault(firstCase) ?? BundledData.PacksDirectory;
        var pack = PackDirectory.ForFocal(packs, focal);
        return (pack, Path.GetDirectoryName(pack.SourcePath) ?? packs);
    }

    public static DynamicsParameters LoadDynamics(string packDirectory) =>
        DynamicsLoader.Load(InputFiles.RequireFile(Path.Combine(packDirectory, "dynamics.yaml")));
}
