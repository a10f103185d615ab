using Brink.Games.Text;
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
        var pack = ForFocal(packs, situation.Focal, situationPath);
        return (situation, pack, Path.GetDirectoryName(pack.SourcePath) ?? packs);
    }

    /// <summary>
    /// The pack for <paramref name="focal"/>. When none models it, the error points at the <c>focal:</c> line of
    /// <paramref name="situationPath"/>, the input that can be fixed, rather than at the packs folder with no line
    /// (found by fuzzing: a situation whose focal read 'iran iran').
    /// </summary>
    private static ModelPack ForFocal(string packs, string focal, string situationPath)
    {
        try
        {
            return PackDirectory.ForFocal(packs, focal);
        }
        catch (LocatedFormatException error) when (error.Line == 0)
        {
            var (line, column) = FocalPosition(situationPath);
            throw new LocatedFormatException(situationPath, line, column, $"a focal actor that a pack in {packs} models", focal);
        }
    }

    /// <summary>Line and column of the value of the top-level <c>focal:</c> key (1:1 when it cannot be found).</summary>
    private static (int Line, int Column) FocalPosition(string situationPath)
    {
        var lines = File.ReadAllLines(situationPath);
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("focal:", StringComparison.Ordinal))
            {
                int value = "focal:".Length;
                while (value < lines[i].Length && lines[i][value] == ' ')
                {
                    value++;
                }

                return (i + 1, value + 1);
            }
        }

        return (1, 1);
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
        var pack = ForFocal(packs, focal, firstCase);
        return (pack, Path.GetDirectoryName(pack.SourcePath) ?? packs);
    }

    public static DynamicsParameters LoadDynamics(string packDirectory) =>
        DynamicsLoader.Load(InputFiles.RequireFile(Path.Combine(packDirectory, "dynamics.yaml")));
}
