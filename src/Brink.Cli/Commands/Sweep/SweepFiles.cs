using System.Text.Json;
using Brink.Analysis.Output;
using Brink.Analysis.Sweeps;
using Brink.Cli.Infrastructure;
using Brink.Games.Solvers.QuantalResponse;

namespace Brink.Cli.Commands.Sweep;

/// <summary>A sweep's CSV and its manifest (<c>FILE.csv.json</c>), written atomically, manifest last.</summary>
internal static class SweepFiles
{
    public static string ManifestPath(string csvPath) => csvPath + ".json";

    public static void Write(string csvPath, SweepManifest manifest, SweepResult result)
    {
        AtomicFile.WriteAllText(csvPath, SweepCsv.Write(result));
        AtomicFile.WriteAllText(ManifestPath(csvPath), JsonOutput.Serialize(manifest, AnalysisJsonContext.Default.SweepManifest));
    }

    public static (SweepManifest Manifest, System.Collections.Immutable.ImmutableArray<SweepPoint> Points) Read(string csvPath)
    {
        InputFiles.RequireFile(csvPath);
        string manifestPath = InputFiles.RequireFile(ManifestPath(csvPath));
        SweepManifest manifest;
        try
        {
            manifest = JsonOutput.Deserialize(File.ReadAllText(manifestPath), AnalysisJsonContext.Default.SweepManifest)
                ?? throw new FormatException($"{manifestPath}:1:1: expected a sweep manifest, found null");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{manifestPath}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: expected a sweep manifest ({e.Message})", e);
        }

        return (manifest, SweepCsv.Read(File.ReadAllText(csvPath), csvPath, manifest.Axes));
    }
}
